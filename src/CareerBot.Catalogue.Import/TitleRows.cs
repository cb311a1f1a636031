using System.Globalization;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import;

/// <summary>Every English and French title that resolves to a shipped occupation: O*NET titles, alternates (and their
/// short forms) and reported titles, then NOC/CNP unit titles and example titles through the crosswalk. A NOC example
/// goes to the unit's occupation whose names it matches; when that cannot be told it is listed for at most
/// <see cref="MaxCandidates"/> candidates, best first (<c>ambiguous</c> = rank). Gendered slash forms become their two
/// titles; junk one-word and one- or two-letter titles are dropped; duplicates (case and accents aside) per (title,
/// language, occupation) keep the best kind.</summary>
internal static class TitleRows
{
    /// <summary>Candidates kept for a title that cannot be told apart.</summary>
    public const int MaxCandidates = 3;

    /// <summary>Trigram margin a French example's best occupation must have over the next one.</summary>
    private const double FrenchMargin = 0.05;

    private sealed record Row(string Title, string Lang, LinkedOccupation Occupation, TitleKind Kind, bool Short, int Rank);

    public static List<string[]> Build(OnetData onet, CanadaData canada, IReadOnlyList<LinkedOccupation> occupations, IReadOnlyDictionary<string, long> employment)
    {
        var published = new List<Row>();
        void AddRanked(string title, string lang, TitleKind kind, List<LinkedOccupation> chosen)
        {
            if (chosen.Count == 1)
            {
                published.Add(new Row(title, lang, chosen[0], kind, false, 0));
                return;
            }

            var rank = 0;
            foreach (var c in Ranked(title, chosen, employment))
            {
                published.Add(new Row(title, lang, c, kind, false, ++rank));
            }
        }

        var shortTitles = new Dictionary<LinkedOccupation, HashSet<string>>();
        foreach (var o in occupations)
        {
            published.Add(new Row(o.Title, "en", o, TitleKind.OnetTitle, false, 0));
            shortTitles[o] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (alternate, shortTitle) in onet.Alternates.GetValueOrDefault(o.OnetSoc) ?? [])
            {
                published.Add(new Row(alternate, "en", o, TitleKind.OnetAlternate, false, 0));
                if (shortTitle.Length > 0)
                {
                    published.Add(new Row(shortTitle, "en", o, TitleKind.OnetAlternate, true, 0));
                    shortTitles[o].Add(TitleText.Fold(shortTitle));
                }
            }

            foreach (var reported in onet.Reported.GetValueOrDefault(o.OnetSoc) ?? [])
            {
                published.Add(new Row(reported, "en", o, TitleKind.OnetReported, false, 0));
            }
        }

        var byNoc = occupations.SelectMany(o => o.Nocs.Select(n => (Noc: n, Occupation: o)))
            .GroupBy(x => x.Noc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Candidates(g.Key, g.Select(x => x.Occupation).ToList()), StringComparer.Ordinal);
        foreach (var (noc, candidates) in byNoc.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var unit = canada.Units[noc];
            AddRanked(unit.TitleEn, "en", TitleKind.NocUnit, candidates);
            if (unit.TitleFr.Length > 0)
            {
                AddRanked(unit.TitleFr, "fr", TitleKind.CnpUnit, candidates);
            }

            foreach (var example in canada.ExamplesEn.GetValueOrDefault(noc) ?? [])
            {
                AddRanked(example, "en", TitleKind.NocExample, ChooseEnglish(example, candidates));
            }

            // example-titles-en-fr.js lists each unit's English and French titles separately (each sorted in its own
            // language, different counts): there is no English counterpart to follow, so a French example is matched
            // on its own.
            foreach (var example in canada.ExamplesFr.GetValueOrDefault(noc) ?? [])
            {
                AddRanked(example, "fr", TitleKind.CnpExample, ChooseFrench(example, candidates));
            }
        }

        var split = published
            .SelectMany(r => GenderedTitle.Split(CatalogueCells.Clean(r.Title), r.Lang == "fr").Select(t => r with { Title = t }))
            .ToList();

        // A one-word English title is a kind of worker when it ends some other title (Chef, Nurse, Plumber, Welder).
        var workerWords = split.Where(r => r.Lang == "en" && r.Title.Contains(' ', StringComparison.Ordinal))
            .Select(r => TitleText.Fold(r.Title).Split(' '))
            .Select(w => Singular(w[^1]))
            .ToHashSet(StringComparer.Ordinal);
        bool Keep(Row r)
        {
            if (IsAcronym(r.Title))
            {
                return true;
            }

            if (r.Title.Length < 3)
            {
                return false;
            }

            if (r.Lang != "en" || r.Kind == TitleKind.OnetTitle || r.Title.Contains(' ', StringComparison.Ordinal))
            {
                return true;
            }

            var folded = TitleText.Fold(r.Title);
            return workerWords.Contains(Singular(folded)) || shortTitles[r.Occupation].Contains(folded);
        }

        var unique = split
            .Where(r => r.Title.Length > 0 && Keep(r))
            .GroupBy(r => (Key: TitleText.Key(r.Title), r.Lang, r.Occupation.OnetSoc))
            .Select(g => g.OrderBy(r => r.Kind).ThenBy(r => r.Rank).ThenBy(r => r.Short).ThenBy(r => r.Title, StringComparer.Ordinal).First())
            .ToList();

        // A candidate that has the title through a better kind left its ambiguous row: the others close up (1, 2, …); two
        // published titles that become one (a slash form's part equal to another title) keep three candidates.
        var reranked = unique.Where(r => r.Rank > 0)
            .GroupBy(r => (Key: TitleText.Key(r.Title), r.Lang, r.Kind))
            .SelectMany(g => g.OrderBy(r => r.Rank).ThenBy(r => r.Occupation.OnetSoc, StringComparer.Ordinal)
                .Take(MaxCandidates).Select((r, i) => r with { Rank = i + 1 }));
        return unique.Where(r => r.Rank == 0).Concat(reranked)
            .OrderBy(r => r.Occupation.OnetSoc, StringComparer.Ordinal).ThenBy(r => r.Lang, StringComparer.Ordinal)
            .ThenBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Short)
            .Select(r => new[]
            {
                r.Title, r.Lang, r.Occupation.OnetSoc, CatalogueCells.Kind(r.Kind), CatalogueCells.Flag(r.Short),
                r.Rank == 0 ? string.Empty : r.Rank.ToString(CultureInfo.InvariantCulture), CatalogueCells.Flag(IsAcronym(r.Title)),
            })
            .ToList();
    }

    /// <summary>All capitals, 2–5 letters: RN, LPN, EMT.</summary>
    public static bool IsAcronym(string title) => title.Length is >= 2 and <= 5 && title.All(char.IsAsciiLetterUpper);

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;

    /// <summary>At most <see cref="MaxCandidates"/>, best first: most of the title's words among the candidate's O*NET names
    /// (title, alternates, short and reported titles), then the largest OEWS employment, then the lower code.</summary>
    private static IEnumerable<LinkedOccupation> Ranked(string title, List<LinkedOccupation> candidates, IReadOnlyDictionary<string, long> employment)
    {
        var words = TitleText.Words(title);
        return candidates
            .OrderByDescending(c => words.Count(c.Vocabulary.Contains))
            .ThenByDescending(c => employment.GetValueOrDefault(c.OnetSoc[..7]))
            .ThenBy(c => c.OnetSoc, StringComparer.Ordinal)
            .Take(MaxCandidates);
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
