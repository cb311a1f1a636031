using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Understanding;

/// <summary>Scores the twelve topics for a question from the topic phrases, allowing typos in longer words.</summary>
internal sealed class TopicLexicon
{
    private readonly List<(string[] Words, string Topic, double Weight)> phrases = [];

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
    }

    /// <summary>Topic → score, plus the positions of the words that were explained by a topic phrase.</summary>
    public (Dictionary<string, double> Scores, HashSet<int> Used) Score(IReadOnlyList<string> words)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var used = new HashSet<int>();
        foreach (var (phrase, topic, weight) in phrases)
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (Matches(words, i, phrase))
                {
                    scores[topic] = Math.Max(scores.GetValueOrDefault(topic), 0) + weight;
                    for (var k = i; k < i + phrase.Length; k++)
                    {
                        used.Add(k);
                    }

                    break;
                }
            }
        }

        // "what does an IT analyst do?" ends on the verb: that is a duties question.
        if (words.Count > 1 && words[^1] is "do" or "doing" && words.Take(3).Any(w => w is "what" or "whats"))
        {
            scores[KnowledgeTopics.Duties] = scores.GetValueOrDefault(KnowledgeTopics.Duties) + 3;
            used.Add(words.Count - 1);
        }

        return (scores, used);
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
                Add(string.Join(' ', member), topics[0], 2);
            }
        }
    }
}
