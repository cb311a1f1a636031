using System.Text;
using CareerBot.Advisor.Cards;
using CareerBot.Advisor.FitCheck;
using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor.Replies;

/// <summary>
/// The fit check result: percentage and band (exactly one band phrase), strongest traits, what to work on with the
/// career file's steps, the education path, and for a weak or moderate fit the similar careers that match the strengths.
/// </summary>
public static class FitResultReply
{
    public const int GapsShown = 3;
    public const int StrengthsShown = 3;

    public static Activity Create(Activity incoming, FitResult result, CareerProfile? career, IReadOnlyList<SimilarCareer> similar)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(similar);
        var (headline, sections) = Compose(result, career, similar);
        var text = new StringBuilder(headline);
        foreach (var (title, body) in sections)
        {
            text.Append("\n\n").Append(title).Append(body.StartsWith('\n') ? ":" : ": ").Append(body);
        }

        text.Append("\n\n").Append(Saved);
        var card = new AdaptiveCard { FallbackText = text.ToString(), Speak = headline };
        card.Body.Add(new TextBlock($"Your fit for {result.CareerTitle}") { Size = "Large", Weight = "Bolder", Style = "heading" });
        card.Body.Add(new FactSet { Facts = [new("Score", $"{result.Percent}%"), new("Result", Capitalised(result.Band.Phrase()))] });
        card.Body.Add(new TextBlock(headline));
        foreach (var (title, body) in sections)
        {
            card.Body.Add(new TextBlock(title) { Weight = "Bolder", Spacing = "Medium" });
            card.Body.Add(new TextBlock(body.TrimStart('\n')));
        }

        card.Body.Add(new TextBlock(Saved) { IsSubtle = true, Separator = true });
        return ReplyFactory.Create(incoming, text.ToString(), card, Buttons(result, career, similar));
    }

    public const string Saved = "I've saved this result: say \"show my results\" to see it again, or \"forget me\" to delete it.";

    private static (string Headline, List<(string Title, string Body)> Sections) Compose(
        FitResult result, CareerProfile? career, IReadOnlyList<SimilarCareer> similar)
    {
        var answered = result.Answers.Count(a => a.Score is not null);
        var headline = answered == 0
            ? $"You skipped every question, so I can't tell much yet: {result.Percent}% for {result.CareerTitle}, a {result.Band.Phrase()} for now."
            : $"You scored {result.Percent}% for {result.CareerTitle}: that's a {result.Band.Phrase()}.";
        var sections = new List<(string, string)>();

        var strengths = result.Strengths.Take(StrengthsShown).Select(s => s.Label).ToList();
        sections.Add(("Your strongest traits", strengths.Count > 0
            ? TextList.Join(strengths) + "."
            : "none stood out yet (no answer of 4 or 5), and that's fine: traits grow with practice."));

        var gaps = result.ToWorkOn.Where(g => g.Score is not null).Take(GapsShown).ToList();
        if (gaps.Count > 0)
        {
            sections.Add(("What to work on", string.Concat(gaps.Select(g =>
                $"\n- {g.Label}: {(string.IsNullOrWhiteSpace(g.Improve) ? "look for chances to practise it." : g.Improve)}"))));
        }
        else if (Excerpt.FirstListItem(career?.Steps) is { } step)
        {
            sections.Add(("Your next step", step));
        }

        if (career?.EducationPath is { Count: > 0 } path)
        {
            sections.Add(("Education path", string.Concat(path.Select(item => "\n- " + item))));
        }
        else if (Excerpt.FirstParagraph(career?.Education) is { Length: > 0 } education)
        {
            sections.Add(("Education path", education));
        }

        if (result.Band != FitBand.Strong)
        {
            sections.Add(("Similar careers that match your strengths", similar.Count > 0
                ? string.Concat(similar.Select(s => "\n- " + SimilarLine(s, career)))
                : "none stand out from your answers yet; ask me about similar careers to explore more."));
        }

        return (headline, sections);
    }

    /// <summary>"IT Analyst: studies how … (it calls for your explaining technical things simply)": each its own reason.</summary>
    private static string SimilarLine(SimilarCareer similar, CareerProfile? career)
    {
        var strengths = $"it calls for your {TextList.Join(similar.MatchingStrengths.Select(Lower))}";
        return career?.SimilarReasons.TryGetValue(similar.Title, out var reason) == true
            ? $"{similar.Title}: {reason} ({strengths})"
            : $"{similar.Title} ({strengths})";
    }

    private static List<Button> Buttons(FitResult result, CareerProfile? career, IReadOnlyList<SimilarCareer> similar)
    {
        var title = career?.Title ?? result.CareerTitle;
        var buttons = new List<Button> { new($"How do I become {TextList.WithArticle(title)}?") };
        if (result.Band != FitBand.Strong && similar.Count > 0)
        {
            buttons.Add(Button.FitCheckFor(similar[0].Title));
        }
        else
        {
            buttons.Add(new($"How much does {TextList.WithArticle(title)} earn?"));
        }

        buttons.Add(Button.ShowResults);
        return buttons;
    }

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
        ? char.ToLowerInvariant(label[0]) + label[1..]
        : label;

    private static string Capitalised(string phrase) => char.ToUpperInvariant(phrase[0]) + phrase[1..];
}
