namespace CareerBot.Knowledge.Matching;

/// <summary>
/// The words and names the name matcher knows besides the careers' own names, read from
/// <c>knowledge/language/&lt;lang&gt;/names/*.yaml</c> for every language and merged: places per region, jobs and fields
/// with no career file, shortenings, the words that open and end a typed job name, and the words of job titles.
/// </summary>
internal sealed record NameLists(
    IReadOnlyList<(string Region, string Phrase)> Regions,
    IReadOnlyList<string> Occupations,
    IReadOnlyDictionary<string, string> Shortenings,
    IReadOnlyList<string> JobOpeners,
    IReadOnlySet<string> StopWords,
    TitleWords Titles)
{
    public static NameLists Empty { get; } = new([], [], new Dictionary<string, string>(), [], new HashSet<string>(), TitleWords.None);
}
