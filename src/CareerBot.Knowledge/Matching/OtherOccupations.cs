namespace CareerBot.Knowledge.Matching;

/// <summary>
/// Occupations students ask about that have no career file (<c>names/occupations.yaml</c>). Naming one of these (and
/// none of ours) means the honest answer is the list of careers covered, never another career's facts.
/// </summary>
internal sealed class OtherOccupations
{
    private readonly string[][] names;
    private readonly ulong[] masks;
    private readonly string[][] openers;
    private readonly IReadOnlySet<string> stopWords;

    public OtherOccupations(NameLists lists, WordNormalizer normalizer)
    {
        names = lists.Occupations.Select(normalizer.CanonicalWords).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToArray();
        masks = names.Select(InitialMask.Of).ToArray();
        openers = lists.JobOpeners.Select(normalizer.CanonicalWords).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToArray();
        stopWords = lists.StopWords;
    }

    /// <summary>The occupation named in the words (longest name first, an exact name before a typo) and where it stands, or null.</summary>
    public (string Name, int Start, int Length)? Find(IReadOnlyList<string> words)
    {
        var present = InitialMask.Of(words);
        return Find(words, present, typos: false) ?? Find(words, present, typos: true);
    }

    private (string Name, int Start, int Length)? Find(IReadOnlyList<string> words, ulong present, bool typos)
    {
        for (var n = 0; n < names.Length; n++)
        {
            if (!InitialMask.Covers(present, masks[n]))
            {
                continue;
            }

            var name = names[n];
            for (var i = 0; i + name.Length <= words.Count; i++)
            {
                if (MatchesAt(words, i, name, typos))
                {
                    return (string.Join(' ', name), i, name.Length);
                }
            }
        }

        return null;
    }

    private static bool MatchesAt(IReadOnlyList<string> words, int start, string[] name, bool typos)
    {
        for (var k = 0; k < name.Length; k++)
        {
            if (words[start + k] != name[k] && !(typos && Words.IsTypoOf(words[start + k], name[k], 7, maxEdits: 1)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"become a zookeeper", "work as a florist": the words after an opener name a job we may not know.</summary>
    public string? AfterOpener(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var opener in openers)
            {
                if (i + opener.Length < words.Count && StartsAt(words, i, opener))
                {
                    var rest = words.Skip(i + opener.Length).TakeWhile(w => !stopWords.Contains(w)).Take(3).ToArray();
                    return rest.Length > 0 ? string.Join(' ', rest) : null;
                }
            }
        }

        return null;
    }

    private static bool StartsAt(IReadOnlyList<string> words, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
