using CareerBot.Advisor.Replies;
using CareerBot.Advisor.Replies.Words;
using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// The exact texts CareerBot's own buttons send. A tap is not a guess, so it is read by rule before the learned models.
/// A button sends the same English command whatever its title's language, so a tap is in the conversation's language.
/// </summary>
public static class ButtonPayloads
{
    public static Interpretation? Read(string? text, ICareerCatalog catalog, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith(Button.FitCheckPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var title = trimmed[Button.FitCheckPrefix.Length..].Trim();
            var career = catalog.Careers.FirstOrDefault(c => string.Equals(c.Title, title, StringComparison.OrdinalIgnoreCase));
            return career is null ? null : Exact(Intent.StartFitCheck, career.Id, language);
        }

        return trimmed switch
        {
            _ when string.Equals(trimmed, Button.ShowResults.Value, StringComparison.OrdinalIgnoreCase) => Exact(Intent.ShowResults, null, language),
            Button.HelpfulValue => Exact(Intent.FeedbackPositive, null, language),
            Button.NotHelpfulValue => Exact(Intent.FeedbackNegative, null, language),
            _ => null,
        };
    }

    /// <summary>"Back to my fit check", tapped or typed as its title in either language.</summary>
    public static bool ResumesFitCheck(string? text)
    {
        var trimmed = text?.Trim().TrimEnd('.', '!') ?? string.Empty;
        return string.Equals(trimmed, Button.ResumeFitCheckValue, StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, FrenchAdvisorWords.Instance.ResumeFitCheck, StringComparison.OrdinalIgnoreCase);
    }

    private static Interpretation Exact(Intent intent, string? career, string language) => new()
    {
        Language = language,
        Intents = [new Scored<Intent>(intent, 1)],
        NamedCareers = career is null ? [] : [career],
        Career = career,
        Topics = [],
    };
}
