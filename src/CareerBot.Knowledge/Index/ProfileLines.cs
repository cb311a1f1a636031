using System.Text.RegularExpressions;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Index;

/// <summary>Short lines a fit-check result shows: the education path as items, and why each similar career is similar.</summary>
internal static partial class ProfileLines
{
    private const int ItemLength = 140;

    /// <summary>"**Canada:** rest", "**Canada**: rest" or, in French, "**Canada :** rest".</summary>
    [GeneratedRegex(@"^\*\*(?<title>[^*]+?)(?<colon>\s?:)?\*\*\s*:?\s*(?<rest>.*)$")]
    private static partial Regex Labelled();

    public static IReadOnlyList<string> EducationPath(CareerSection? section)
    {
        if (section is not { Markdown.Length: > 0 })
        {
            return [];
        }

        var blocks = SectionBlocks.Read(section, null);
        var items = new List<string>();
        if (blocks.FirstOrDefault(b => b.Kind == AnswerBlockKind.Paragraph) is { } opening)
        {
            items.Add(Short(SectionBlocks.FirstSentence(opening.Lines[0])));
        }

        foreach (var line in blocks.Where(b => b.Kind is AnswerBlockKind.Bullets or AnswerBlockKind.Steps).SelectMany(b => b.Lines))
        {
            var labelled = Labelled().Match(line);
            items.Add(labelled.Success ? $"{Label(labelled)} {Short(labelled.Groups["rest"].Value)}" : Short(line));
        }

        return items;
    }

    public static IReadOnlyDictionary<string, string> SimilarReasons(CareerSection? section)
    {
        var reasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (section is not { Markdown.Length: > 0 })
        {
            return reasons;
        }

        foreach (var line in SectionBlocks.Read(section, null).Where(b => b.Kind == AnswerBlockKind.Bullets).SelectMany(b => b.Lines))
        {
            if (Labelled().Match(line) is { Success: true } labelled)
            {
                reasons.TryAdd(labelled.Groups["title"].Value.Trim(), labelled.Groups["rest"].Value.Trim().TrimEnd('.'));
            }
        }

        return reasons;
    }

    /// <summary>The bold label with the colon the file wrote ("Canada:", "Canada :"); ":" where it wrote none.</summary>
    private static string Label(Match labelled) =>
        labelled.Groups["title"].Value.Trim() + (labelled.Groups["colon"].Success ? labelled.Groups["colon"].Value : ":");

    /// <summary>The first clause, without the bracketed citation (the answer cites it; a result line is a pointer), cut at a word.</summary>
    private static string Short(string text)
    {
        var clause = text.Split([" (", "; "], 2, StringSplitOptions.None)[0].Trim().TrimEnd('.', ',');
        if (clause.Length <= ItemLength)
        {
            return clause;
        }

        var cut = clause.LastIndexOf(' ', ItemLength);
        return clause[..(cut > 0 ? cut : ItemLength)] + "…";
    }
}
