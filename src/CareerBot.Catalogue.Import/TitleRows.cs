using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import;

/// <summary>Every English and French title that resolves to a shipped occupation: O*NET titles, alternates (and their
/// short forms) and reported titles, then NOC/CNP unit titles and example titles through the crosswalk. A NOC example
/// goes to the unit's occupation whose names it matches; when that cannot be told it is listed once per candidate and
/// marked ambiguous. Duplicates are dropped case-insensitively per (title, language, occupation), first kind wins.</summary>
internal static class TitleRows
{
    /// <summary>Trigram margin a French example's best occupation must have over the next one.</summary>
    private const double FrenchMargin = 0.05;

    public static List<string[]> Build(OnetData onet, CanadaData canada, IReadOnlyList<LinkedOccupation> occupations)
    {
        var rows = new List<(string Title, string Lang, string Id, TitleKind Kind, bool Short, bool Ambiguous)>();
        foreach (var o in occupations)
        {
            rows.Add((o.Title, "en", o.Id, TitleKind.OnetTitle, false, false));
            foreach (var (alternate, shortTitle) in onet.Alternates.GetValueOrDefault(o.OnetSoc) ?? [])
            {
                rows.Add((alternate, "en", o.Id, TitleKind.OnetAlternate, false, false));
                if (shortTitle.Length > 0)
                {
                    rows.Add((shortTitle, "en", o.Id, TitleKind.OnetAlternate, true, false));
                }
            }

            foreach (var reported in onet.Reported.GetValueOrDefault(o.OnetSoc) ?? [])
            {
                rows.Add((reported, "en", o.Id, TitleKind.OnetReported, false, false));
            }
        }

        var byNoc = occupations.SelectMany(o => o.Nocs.Select(n => (Noc: n, Occupation: o)))
            .GroupBy(x => x.Noc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Candidates(g.Key, g.Select(x => x.Occupation).ToList()), StringComparer.Ordinal);
        foreach (var (noc, candidates) in byNoc.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var unit = canada.Units[noc];
            var ambiguousUnit = candidates.Count > 1;
            foreach (var c in candidates)
            {
                rows.Add((unit.TitleEn, "en", c.Id, TitleKind.NocUnit, false, ambiguousUnit));
                if (unit.TitleFr.Length > 0)
                {
                    rows.Add((unit.TitleFr, "fr", c.Id, TitleKind.CnpUnit, false, ambiguousUnit));
                }
            }

            foreach (var example in canada.ExamplesEn.GetValueOrDefault(noc) ?? [])
            {
                var chosen = ChooseEnglish(example, candidates);
                rows.AddRange(chosen.Select(c => (example, "en", c.Id, TitleKind.NocExample, false, chosen.Count > 1)));
            }

            foreach (var example in canada.ExamplesFr.GetValueOrDefault(noc) ?? [])
            {
                var chosen = ChooseFrench(example, candidates);
                rows.AddRange(chosen.Select(c => (example, "fr", c.Id, TitleKind.CnpExample, false, chosen.Count > 1)));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return rows
            .Select(r => r with { Title = CatalogueCells.Clean(r.Title) })
            .Where(r => r.Title.Length > 0 && seen.Add($"{r.Title.ToLowerInvariant()}\t{r.Lang}\t{r.Id}"))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Lang, StringComparer.Ordinal)
            .ThenBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Short)
            .Select(r => new[] { r.Title, r.Lang, r.Id, CatalogueCells.Kind(r.Kind), CatalogueCells.Flag(r.Short), CatalogueCells.Flag(r.Ambiguous) })
            .ToList();
    }

    /// <summary>An example equal to one candidate's O*NET name goes to it; else to the one sharing most title words.</summary>
    private static List<LinkedOccupation> ChooseEnglish(string example, List<LinkedOccupation> candidates)
    {
        if (candidates.Count == 1)
        {
            return candidates;
        }

        var folded = TitleText.Fold(example);
        var exact = candidates.Where(c => c.KnownTitles.Contains(folded)).ToList();
        if (exact.Count == 1)
        {
            return exact;
        }

        var words = TitleText.Words(example);
        return Best(candidates, c => TitleText.WordOverlap(words, c.TitleWords) + 0.5 * Coverage(words, c.Vocabulary), margin: 1e-9);
    }

    /// <summary>Share of the example's words found among an occupation's O*NET names.</summary>
    private static double Coverage(HashSet<string> words, HashSet<string> vocabulary) =>
        words.Count == 0 ? 0 : (double)words.Count(vocabulary.Contains) / words.Count;

    /// <summary>A unit's titles go to the occupations whose primary NOC it is; only a unit that is no occupation's primary
    /// one hands its titles to every occupation linked to it.</summary>
    private static List<LinkedOccupation> Candidates(string noc, List<LinkedOccupation> linked)
    {
        var primary = linked.Where(o => o.PrimaryNoc == noc).ToList();
        return primary.Count > 0 ? primary : linked;
    }

    private static List<LinkedOccupation> ChooseFrench(string example, List<LinkedOccupation> candidates)
    {
        if (candidates.Count == 1)
        {
            return candidates;
        }

        var grams = TitleText.Trigrams(example);
        return Best(candidates, c => TitleText.Dice(grams, c.TitleTrigrams), FrenchMargin, FrenchTitle.MinimumSimilarity);
    }

    /// <summary>The single best-scoring candidate when it leads by the margin (and reaches the minimum); else all of them.</summary>
    private static List<LinkedOccupation> Best(List<LinkedOccupation> candidates, Func<LinkedOccupation, double> score, double margin, double minimum = 1e-9)
    {
        var ranked = candidates.Select(c => (Occupation: c, Score: score(c))).OrderByDescending(x => x.Score).ToList();
        return ranked[0].Score >= minimum && ranked[0].Score - ranked[1].Score >= margin ? [ranked[0].Occupation] : candidates;
    }
}
