using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Matching;

/// <summary>Finds careers named in a text by phrase, allowing typos, plurals and split or joined compounds.</summary>
internal sealed class CareerLexicon
{
    private readonly Dictionary<string, List<CareerPhrase>> byFirstWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> vocabulary = new(StringComparer.Ordinal);

    // Words of the careers' own names (not the official job titles): the only ones a joined word is split into, since
    // among thousands of titles almost any long word splits into two ("scholarships" → "scholar" + "ships").
    private readonly HashSet<string> ownVocabulary = new(StringComparer.Ordinal);
    // Typo candidates share the first letter and differ in length by two at most: bucketed so, a word is compared
    // with a few hundred names' words rather than every word of the official titles beginning with its letter.
    private readonly Dictionary<(char Initial, int Length), List<string>> vocabularyByInitial = [];

    private readonly Dictionary<string, int> ranks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> workers = new(StringComparer.Ordinal);

    // "engineer", "technician", "manager" alone: the careers whose own title ends with that word, likeliest first.
    private readonly Dictionary<string, string[]> byJobNoun = new(StringComparer.Ordinal);

    private readonly WordNormalizer normalizer;

    public CareerLexicon(IReadOnlyList<CareerFile> careers, SynonymRules synonyms, TitleWords titles, WordNormalizer normalizer)
    {
        this.normalizer = normalizer;
        foreach (var career in careers)
        {
            ranks[career.Id] = career.Rank;
            workers[career.Id] = career.Workers;
        }

        foreach (var noun in titles.JobNouns)
        {
            var kinds = careers
                .Where(c => normalizer.CanonicalWords(c.Title) is { Length: > 1 } words && words[^1] == noun)
                .OrderBy(c => c.Rank)
                .Select(c => c.Id)
                .ToArray();
            if (kinds.Length > 1)
            {
                byJobNoun[noun] = kinds;
            }
        }

        var phrases = CareerPhraseBuilder.Build(careers, synonyms, titles, normalizer);
        foreach (var phrase in phrases)
        {
            foreach (var word in phrase.Words)
            {
                vocabulary.Add(word);
                if (phrase.Weight >= 1.0)
                {
                    ownVocabulary.Add(word);
                }
            }
        }

        foreach (var phrase in phrases)
        {
            if (!byFirstWord.TryGetValue(phrase.Words[0], out var list))
            {
                byFirstWord[phrase.Words[0]] = list = [];
            }

            list.Add(phrase);
        }

        foreach (var word in vocabulary)
        {
            if (!vocabularyByInitial.TryGetValue((word[0], word.Length), out var list))
            {
                vocabularyByInitial[(word[0], word.Length)] = list = [];
            }

            list.Add(word);
        }
    }

    /// <summary>The best match per career, strongest first (ties: the one named first, then the likelier career).</summary>
    public IReadOnlyList<CareerMatch> FindAll(IReadOnlyList<string> words)
    {
        var split = words as string[] ?? words.ToArray();

        // "cyber sec", "info sec", "help desk": two typed words that make one name word.
        var joined = new string[split.Length];
        for (var i = 0; i + 1 < split.Length; i++)
        {
            joined[i] = normalizer.Canonical(split[i] + split[i + 1]);
        }

        var best = new Dictionary<string, CareerMatch>(StringComparer.Ordinal);
        for (var i = 0; i < split.Length; i++)
        {
            foreach (var (first, _) in Candidates(split, joined, i))
            {
                if (!byFirstWord.TryGetValue(first, out var phrases))
                {
                    continue;
                }

                foreach (var phrase in phrases)
                {
                    if (MatchAt(split, joined, i, phrase) is { } match
                        && (!best.TryGetValue(phrase.CareerId, out var old) || match.Strength > old.Strength))
                    {
                        best[phrase.CareerId] = match;
                    }
                }
            }
        }

        return best.Values.OrderByDescending(m => m.Strength).ThenBy(m => m.Start).ThenBy(m => ranks.GetValueOrDefault(m.CareerId)).ToArray();
    }

    private IEnumerable<(string Word, double Score)> Candidates(string[] words, string[] joined, int i)
    {
        yield return (words[i], 1.0);
        if (i + 1 < words.Length && words[i].Length >= 2 && words[i + 1].Length >= 2)
        {
            yield return (joined[i], 1.0); // "cyber sec"; not "c pas" read as "cpa"
        }

        if (vocabulary.Contains(words[i]) || words[i].Length < 4)
        {
            yield break;
        }

        for (var length = words[i].Length - 2; length <= words[i].Length + 2; length++)
        {
            if (vocabularyByInitial.TryGetValue((words[i][0], length), out var near))
            {
                foreach (var known in near.Where(k => Words.IsTypoOf(words[i], k)))
                {
                    yield return (known, 0.8);
                }
            }
        }
    }

    private static CareerMatch? MatchAt(string[] words, string[] joined, int start, CareerPhrase phrase)
    {
        var k = start;
        var total = 0.0;
        foreach (var expected in phrase.Words)
        {
            if (k >= words.Length)
            {
                return null;
            }

            if (words[k] == expected)
            {
                total += 1;
                k++;
            }
            else if (k + 1 < words.Length && joined[k] == expected)
            {
                total += 1;
                k += 2;
            }
            // A one-word official job title is matched exactly: a typo of an everyday word ("promoted") is too likely.
            // A one-word name students use takes one slip after its first three letters ("plumers"): more would read
            // "actually" as "actuary" and "longer" as "logger".
            else if (!(phrase.Words.Length == 1 && phrase.Weight < CareerPhraseBuilder.StudentNameWeight)
                && (phrase.Words.Length == 1
                    ? string.CompareOrdinal(words[k], 0, expected, 0, 3) == 0 && Words.IsTypoOf(words[k], expected, minLength: 6, maxEdits: 1)
                    : Words.IsTypoOf(words[k], expected)))
            {
                total += 0.8;
                k++;
            }
            else
            {
                return null;
            }
        }

        return new CareerMatch(phrase.CareerId, total / phrase.Words.Length * phrase.Weight, start, k - start);
    }

    /// <summary>True when the first career employs at least twice as many people as each of the others: a shared name
    /// then most likely means it ("line cook" → restaurant cook).</summary>
    public bool Dominates(string career, IEnumerable<string> others)
    {
        var mine = workers.GetValueOrDefault(career);
        return mine > 0 && others.All(o => o == career || mine >= 2 * workers.GetValueOrDefault(o));
    }

    /// <summary>The careers a lone job noun could mean ("engineers" → civil, mechanical, electrical… engineer), likeliest
    /// first; empty when no word of the text is such a noun.</summary>
    public IReadOnlyList<string> KindsOf(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            // The noun as typed: "tech" in "tech programs" means technology, not technicians.
            var typed = TextFolding.Fold(token.Raw);
            if (byJobNoun.TryGetValue(token.Word, out var kinds) && (typed == token.Word || typed == token.Word + "s"))
            {
                return kinds;
            }
        }

        return [];
    }

    /// <summary>"itmanager" → "it manager": an unknown word made of two career-name words is read as both.</summary>
    public IReadOnlyList<Token> SplitCompounds(IReadOnlyList<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            var word = token.Word;
            var cut = word.Length >= 7 && !vocabulary.Contains(word) ? FindCut(word) : 0;
            if (cut > 0)
            {
                result.Add(new Token(word[..cut], word[..cut]));
                result.Add(new Token(word[cut..], word[cut..]));
            }
            else
            {
                result.Add(token);
            }
        }

        return result;
    }

    private int FindCut(string word)
    {
        for (var cut = 2; cut <= word.Length - 3; cut++)
        {
            if (ownVocabulary.Contains(word[..cut]) && ownVocabulary.Contains(word[cut..]))
            {
                return cut;
            }
        }

        return 0;
    }
}
