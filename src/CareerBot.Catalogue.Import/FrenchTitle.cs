using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import;

/// <summary>An occupation's French title: there is no O*NET in French, so it is the CNP example title of the primary NOC
/// unit that looks most like the English title (character trigrams find cognates: electrician/électricien) when that
/// example fits this occupation better than the unit's other occupations; else the CNP unit group's title.</summary>
internal static class FrenchTitle
{
    /// <summary>Below this trigram similarity an example is not taken as a translation.</summary>
    public const double MinimumSimilarity = 0.35;

    public static (string Title, FrenchTitleSource Source) Choose(LinkedOccupation occupation, CanadaData canada, IReadOnlyList<LinkedOccupation> all)
    {
        if (occupation.PrimaryNoc is not { } noc)
        {
            return (string.Empty, FrenchTitleSource.None);
        }

        var others = all.Where(o => o != occupation && o.Nocs.Contains(noc)).ToList();
        var best = (canada.ExamplesFr.GetValueOrDefault(noc) ?? [])
            .Select(title => (Title: title, Grams: TitleText.Trigrams(title)))
            .Select(e => (e.Title, e.Grams, Score: TitleText.Dice(e.Grams, occupation.TitleTrigrams)))
            .Where(e => e.Score >= MinimumSimilarity)
            .OrderByDescending(e => e.Score).ThenBy(e => e.Title.Length).ThenBy(e => e.Title, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Title is not null && others.All(o => TitleText.Dice(best.Grams, o.TitleTrigrams) < best.Score))
        {
            return (best.Title, FrenchTitleSource.CnpExample);
        }

        var unit = canada.Units[noc].TitleFr;
        return unit.Length > 0 ? (unit, FrenchTitleSource.CnpUnit) : (string.Empty, FrenchTitleSource.None);
    }
}
