namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>Drives a whole fit check: the start message, then one answer per question asked.</summary>
public static class FitCheckScript
{
    public const string ScaleAdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public static readonly string[] BandPhrases = ["strong fit", "moderate fit", "weak fit"];

    /// <summary>Sends <paramref name="start"/> and the answers in order; returns the replies to the last answer.</summary>
    public static async Task<BotReplies> RunAsync(IStudentChat chat, string start, IEnumerable<string> answers, string locale = "en-US")
    {
        var replies = await chat.SendAsync(start, locale);
        foreach (var answer in answers)
        {
            replies = await chat.SendAsync(answer, locale);
        }

        return replies;
    }

    /// <summary>The band phrases the text contains (the result message must contain exactly one).</summary>
    /// <summary>The same bands as a French result names them, by their English phrase.</summary>
    public static readonly IReadOnlyDictionary<string, string> FrenchBandPhrases = new Dictionary<string, string>
    {
        ["bonne compatibilité"] = "strong fit",
        ["compatibilité moyenne"] = "moderate fit",
        ["faible compatibilité"] = "weak fit",
    };

    /// <summary>The bands (by their English phrase) the text names, in English or in French.</summary>
    public static IReadOnlyList<string> BandsNamed(string text) =>
        BandPhrases.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))
            .Concat(FrenchBandPhrases.Where(p => text.Contains(p.Key, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value))
            .Distinct()
            .ToList();
}
