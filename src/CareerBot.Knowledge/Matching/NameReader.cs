using CareerBot.Knowledge.Catalog;

namespace CareerBot.Knowledge.Matching;

/// <summary>
/// Finds what a message names (careers, a region, an uncovered job) with the catalogue's name lists, and masks those
/// names. This is matching, not understanding: what the student wants is the learned understanding's to say.
/// </summary>
internal sealed class NameReader(CareerLexicon careers, RegionDetector regions, OtherOccupations otherJobs, WordNormalizer normalizer)
{
    /// <summary>Distinct messages kept per cache generation: a turn re-reads the messages of its context.</summary>
    private const int CachedMessages = 2048;

    /// <summary>A career matched more loosely than this (a typo of a one-word alias) is not taken as named.</summary>
    private const double MentionQuality = 0.5;

    /// <summary>How many careers a "which one?" offers for an ambiguous name.</summary>
    private const int MaxChoices = 5;

    // Mentions depend on the catalogue's lists, so the cache lives and dies with this reader's snapshot.
    private readonly BoundedCache<string, Mentions> mentions = new(CachedMessages, StringComparer.Ordinal);

    /// <summary>The names in one message and its masked words; read once per distinct text.</summary>
    public Mentions ReadMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Only the first MaxQuestionLength characters are read, so longer texts share the entry of their start.
        var key = text.Length > Words.MaxQuestionLength ? text[..Words.MaxQuestionLength] : text;
        return mentions.GetOrAdd(key, MentionsUncached);
    }

    private Mentions MentionsUncached(string text)
    {
        var tokens = careers.SplitCompounds(normalizer.Tokenize(Words.Clean(text)));
        var words = tokens.Select(t => t.Word).ToArray();
        var masked = (string[])words.Clone();
        var found = careers.FindAll(words).Where(m => m.Quality >= MentionQuality).ToList();
        var other = otherJobs.Find(words);
        if (other is { } o && found.Count > 0 && Inside(found[0], o.Start, o.Length)
            && !found.Any(m => m.Start == o.Start && m.Length == o.Length))
        {
            found = [];
        }

        if (other is { } named && found.Any(m => m.Start <= named.Start && m.Start + m.Length >= named.Start + named.Length))
        {
            other = null; // the job has a page now: its name is a career's, not an uncovered job's
        }

        // Overlapping matches ("it manager" inside "it service manager") keep the strongest one only.
        var kept = new List<CareerMatch>();
        foreach (var match in found.OrderByDescending(m => m.Strength))
        {
            if (kept.All(k => match.Start + match.Length <= k.Start || k.Start + k.Length <= match.Start))
            {
                kept.Add(match);
            }
        }

        foreach (var match in kept)
        {
            Mask(masked, match.Start, match.Length, Mentions.CareerWord);
        }

        // The strongest name is what the message is about ("what should i major in to be a marine biologist": not
        // "major"). The same words naming several careers as well as it: the student is asked which one, never
        // answered a guess, unless the likeliest clearly dominates (then it is answered, the others offered beside it).
        var primary = kept.OrderByDescending(m => m.Strength).ThenBy(m => m.Start).FirstOrDefault();
        var ambiguous = primary is null ? [] : found
            .Where(m => m.Start == primary.Start && m.Length == primary.Length && Math.Abs(m.Strength - primary.Strength) < 1e-9)
            .Select(m => m.CareerId).Distinct().Take(MaxChoices).ToArray();

        var (region, regionUsed) = regions.Detect(tokens);
        foreach (var i in regionUsed)
        {
            masked[i] = Mentions.RegionWord;
        }

        string? occupation = null;
        if (kept.Count == 0 && other is { } job)
        {
            occupation = job.Name;
            Mask(masked, job.Start, job.Length, Mentions.OccupationWord);
        }

        occupation ??= kept.Count == 0 ? otherJobs.AfterOpener(words) : null;
        var careerIds = kept.OrderBy(m => m.Start).Select(m => m.CareerId).Distinct().ToArray();
        var kinds = careerIds.Length == 0 && occupation is null ? careers.KindsOf(tokens).Take(MaxChoices).ToArray() : [];
        var shared = ambiguous.Length > 1 && careers.Dominates(ambiguous[0], ambiguous);
        return new Mentions(Collapse(masked), careerIds, region, occupation)
        {
            Ambiguous = ambiguous.Length > 1 && !shared ? ambiguous : [],
            Alternatives = shared ? ambiguous[1..] : [],
            Kinds = kinds,
            Primary = primary?.CareerId,
        };
    }

    private static void Mask(string[] words, int start, int length, string placeholder)
    {
        for (var k = start; k < start + length && k < words.Length; k++)
        {
            words[k] = k == start ? placeholder : string.Empty;
        }
    }

    /// <summary>Drops the blanks a multi-word name left behind, and repeats of one placeholder ("bc alberta" → one region).</summary>
    private static string[] Collapse(string[] masked)
    {
        var result = new List<string>(masked.Length);
        foreach (var word in masked)
        {
            if (word.Length > 0 && !(word == Mentions.RegionWord && result.Count > 0 && result[^1] == word))
            {
                result.Add(word);
            }
        }

        return [.. result];
    }

    /// <summary>True when the career was named only by words that are part of a longer, other job title.</summary>
    private static bool Inside(CareerMatch career, int start, int length) =>
        career.Start >= start && career.Start + career.Length <= start + length && (length > career.Length || career.Quality < 0.95);
}
