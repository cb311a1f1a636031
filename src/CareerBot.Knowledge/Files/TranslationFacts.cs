using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Files;

/// <summary>
/// Checks that a translation states the same figures as the file it translates: every amount or count of 1,000 or
/// more, and every amount with cents, in a translated section must appear in the English file (its text or its
/// salary rows). Written "111 709 $", "111,709" or "US$78.88", a number is compared by its value.
/// </summary>
internal static partial class TranslationFacts
{
    // Digits with thousands separated by a comma, a space or a no-break space, and cents after a point or a comma.
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:[.,]\d{2})?(?![\d])|(?<![\d.,])\d+[.,]\d{2}(?![\d])|(?<![\d.,])\d{4,}(?![\d])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\]\([^)]*\)|https?://\S+")]
    private static partial Regex Address();

    /// <summary>Every group of the English rows named in the translation, and no name for a group the rows do not have.</summary>
    public static IEnumerable<KnowledgeProblem> GroupNames(CareerFile english, CareerTranslation translation)
    {
        var used = english.Salary.Select(r => r.Group).Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in used.Where(g => !translation.Groups.ContainsKey(g)).Order(StringComparer.Ordinal))
        {
            yield return new KnowledgeProblem(translation.Path, translation.GroupsLine, $"groups has no name for '{missing}', a salary group of careers/{english.Id}.md");
        }

        foreach (var unknown in translation.Groups.Keys.Where(g => !used.Contains(g)).Order(StringComparer.Ordinal))
        {
            yield return new KnowledgeProblem(translation.Path, translation.GroupsLine, $"groups names '{unknown}', which no salary row of careers/{english.Id}.md has");
        }
    }

    /// <param name="fileLines">The translated file's lines, to report each difference on its own line.</param>
    public static IEnumerable<KnowledgeProblem> Differences(CareerFile english, CareerTranslation translation, IReadOnlyList<string> fileLines)
    {
        var known = new HashSet<decimal>(english.Salary.Select(r => r.Amount));
        foreach (var section in english.Sections)
        {
            known.UnionWith(Numbers(section.Markdown));
        }

        // The sources section lists publications, and addresses hold ids, not figures.
        foreach (var section in translation.Sections.Where(s => s.Topic != KnowledgeTopics.Sources))
        {
            for (var i = section.Line; i < fileLines.Count && !fileLines[i].StartsWith("## ", StringComparison.Ordinal); i++)
            {
                foreach (var value in Numbers(Address().Replace(fileLines[i], " ")).Where(v => !known.Contains(v) && !IsYear(v)))
                {
                    yield return new KnowledgeProblem(translation.Path, i + 1,
                        $"{value.ToString(CultureInfo.InvariantCulture)} is not a figure of careers/{english.Id}.md; a translation states the same facts");
                }
            }
        }
    }

    private static IEnumerable<decimal> Numbers(string text)
    {
        foreach (Match match in Number().Matches(text))
        {
            var digits = match.Value.Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
            // A final ",dd" or ".dd" is cents; any other comma or space separates thousands.
            var cents = digits.Length > 3 && digits[^3] is ',' or '.' ? digits[^2..] : null;
            var whole = (cents is null ? digits : digits[..^3]).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            if (decimal.TryParse(cents is null ? whole : $"{whole}.{cents}", NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                yield return value;
            }
        }
    }

    /// <summary>Years (2024, 2016–2026) are dates, not figures.</summary>
    private static bool IsYear(decimal value) => value is >= 1900 and <= 2100 && value == decimal.Truncate(value);
}
