using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Understanding;

/// <summary>Scores the twelve topics for a question from the topic phrases, allowing typos in longer words.</summary>
internal sealed class TopicLexicon
{
    /// <summary>Adverbs that sit inside topic phrases without changing them ("where do they usually work").</summary>
    private static readonly HashSet<string> Fillers =
        ["usually", "typically", "normally", "generally", "mostly", "often", "commonly", "really", "even", "ever", "basically"];

    private readonly List<(string[] Words, string Topic, double Weight)> phrases = [];

    /// <summary>The first letters of each phrase's words, in the order of <see cref="phrases"/>.</summary>
    private readonly ulong[] masks;

    public TopicLexicon(SynonymRules synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        foreach (var (topic, line) in TopicWords.Table)
        {
            foreach (var entry in line.Split('|'))
            {
                var colon = entry.LastIndexOf(':');
                Add(entry[..colon], topic, double.Parse(entry[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        AddSynonyms(synonyms);
        var longestFirst = phrases.OrderByDescending(p => p.Words.Length).ThenByDescending(p => p.Weight).ToArray();
        phrases.Clear();
        phrases.AddRange(longestFirst);
        masks = phrases.Select(p => InitialMask.Of(p.Words)).ToArray();
    }

    /// <summary>
    /// Topic → score, plus the positions of the words a topic phrase explained. The career's own words are read as
    /// "they" ("where do IT managers work" → "where do they work"); longer phrases claim their words first.
    /// </summary>
    public (Dictionary<string, double> Scores, HashSet<int> Used) Score(IReadOnlyList<string> words, ISet<int> careerWords)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(careerWords);
        var (compact, origin) = Compact(words, careerWords);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var claimed = new bool[compact.Count];
        var present = InitialMask.Of(compact);
        for (var p = 0; p < phrases.Count; p++)
        {
            if (!InitialMask.Covers(present, masks[p]))
            {
                continue;
            }

            var (phrase, topic, weight) = phrases[p];
            for (var i = 0; i + phrase.Length <= compact.Count; i++)
            {
                if (Matches(compact, i, phrase) && !claimed.AsSpan(i, phrase.Length).Contains(true))
                {
                    scores[topic] = scores.GetValueOrDefault(topic) + weight;
                    claimed.AsSpan(i, phrase.Length).Fill(true);
                    break;
                }
            }
        }

        // "what does an IT analyst do?" ends on the verb: that is a duties question.
        if (compact.Count > 1 && compact[^1] is "do" or "doing" && compact.Take(3).Any(w => w is "what" or "whats"))
        {
            scores[KnowledgeTopics.Duties] = scores.GetValueOrDefault(KnowledgeTopics.Duties) + 3;
            claimed[^1] = true;
        }

        // "where do cyber security people usually work?": a place question about work is about employers.
        if (compact.Count > 2 && compact[0] is "where" && compact.Skip(1).Any(w => w is "work" or "employ" or "employed" or "hire"))
        {
            scores[KnowledgeTopics.Employers] = scores.GetValueOrDefault(KnowledgeTopics.Employers) + 3;
        }

        // "how much do IT analysts make?" ends on what they earn, whatever else it mentions.
        if (compact.Count > 2 && compact[^1] is "make" or "making" or "earn" && compact.Take(3).Any(w => w is "what" or "whats" or "much"))
        {
            scores[KnowledgeTopics.Salary] = scores.GetValueOrDefault(KnowledgeTopics.Salary) + 3;
            claimed[^1] = true;
        }

        var used = new HashSet<int>();
        for (var i = 0; i < compact.Count; i++)
        {
            if (claimed[i] && origin[i] >= 0)
            {
                used.Add(origin[i]);
            }
        }

        return (scores, used);
    }

    private static (List<string> Words, List<int> Origin) Compact(IReadOnlyList<string> words, ISet<int> careerWords)
    {
        var compact = new List<string>(words.Count);
        var origin = new List<int>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (Fillers.Contains(words[i]))
            {
                continue;
            }

            if (!careerWords.Contains(i))
            {
                compact.Add(words[i]);
                origin.Add(i);
            }
            else if (!careerWords.Contains(i - 1))
            {
                compact.Add("they");
                origin.Add(-1);
            }
        }

        return (compact, origin);
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            var typed = words[start + k];
            if (typed != phrase[k] && !Words.IsTypoOf(typed, phrase[k], minLength: 6))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string phrase, string topic, double weight)
    {
        var words = Words.CanonicalWords(phrase);
        if (words.Length > 0 && !phrases.Any(p => p.Topic == topic && p.Words.SequenceEqual(words)))
        {
            phrases.Add((words, topic, weight));
        }
    }

    /// <summary>A synonym line that contains a strong topic word ("pay, wage, salary") lends that topic to all its words.</summary>
    private void AddSynonyms(SynonymRules synonyms)
    {
        var strong = phrases.Where(p => p.Weight >= 3).ToArray();
        foreach (var group in synonyms.Groups)
        {
            var members = group.Select(Words.CanonicalWords).Where(w => w.Length > 0).ToArray();
            var topics = strong.Where(s => members.Any(m => m.SequenceEqual(s.Words))).Select(s => s.Topic).Distinct().ToArray();
            if (topics.Length != 1)
            {
                continue;
            }

            foreach (var member in members)
            {
                // Everyday words ("job", "work") only hint at the topic their line maps them to.
                Add(string.Join(' ', member), topics[0], member is [var only] && StopWords.Set.Contains(only) ? 0.5 : 2);
            }
        }
    }
}
