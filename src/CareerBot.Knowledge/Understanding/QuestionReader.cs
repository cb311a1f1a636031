using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;
using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Understanding;

/// <summary>Reads a question (and its context) into career, topic and region, without the index.</summary>
internal sealed class QuestionReader(CareerLexicon careers, TopicLexicon topics)
{
    private const int MaxContextMessages = 6;

    /// <summary>Distinct messages kept per cache generation: a turn re-reads up to six context messages it read before.</summary>
    private const int CachedMessages = 2048;

    /// <summary>A topic scored below this is only a hint ("what about ..."): a follow-up keeps the earlier topic.</summary>
    private const double ClearTopic = 1.5;

    // Readings depend on the catalogue's lexicons, so the cache lives and dies with this reader's snapshot.
    private readonly BoundedCache<string, MessageReading> readings = new(CachedMessages, StringComparer.Ordinal);
    private readonly BoundedCache<string, Mentions> mentions = new(CachedMessages, StringComparer.Ordinal);

    /// <summary>A career matched more loosely than this (a typo of a one-word alias) is not taken as named.</summary>
    private const double MentionQuality = 0.5;

    /// <summary>What one message names on its own; a message read before is not read again.</summary>
    public MessageReading ReadMessage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Only the first MaxQuestionLength characters are read, so longer texts share the entry of their start.
        var key = text.Length > Words.MaxQuestionLength ? text[..Words.MaxQuestionLength] : text;
        return readings.GetOrAdd(key, ReadUncached);
    }

    /// <summary>The names in one message and its masked words; read once per distinct text, like <see cref="ReadMessage"/>.</summary>
    public Mentions ReadMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = text.Length > Words.MaxQuestionLength ? text[..Words.MaxQuestionLength] : text;
        return mentions.GetOrAdd(key, MentionsUncached);
    }

    private Mentions MentionsUncached(string text)
    {
        var tokens = careers.SplitCompounds(Words.Tokenize(Words.Clean(text)));
        var words = tokens.Select(t => t.Word).ToArray();
        var masked = (string[])words.Clone();
        var found = careers.FindAll(words).Where(m => m.Quality >= MentionQuality).ToList();
        var other = OtherOccupations.Find(words);
        if (other is { } o && found.Count > 0 && Inside(found[0], o.Start, o.Length))
        {
            found = [];
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

        var (region, regionUsed) = RegionDetector.Detect(tokens);
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

        occupation ??= kept.Count == 0 ? OtherOccupations.AfterOpener(words, StopWords.Set) : null;
        var careerIds = kept.OrderBy(m => m.Start).Select(m => m.CareerId).Distinct().ToArray();
        return new Mentions(Collapse(masked), careerIds, region, occupation);
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

    private MessageReading ReadUncached(string text)
    {
        var tokens = careers.SplitCompounds(Words.Tokenize(Words.Clean(text)));
        var words = tokens.Select(t => t.Word).ToArray();
        var found = careers.FindAll(words);
        var other = OtherOccupations.Find(words);
        if (other is { } o && found.Count > 0 && Inside(found[0], o.Start, o.Length))
        {
            // "network administrator" is its own job, not the field "network" of a career we cover.
            found = [];
        }

        var careerUsed = found.Count > 0 ? Enumerable.Range(found[0].Start, found[0].Length).ToHashSet() : [];
        var (scores, topicUsed) = topics.Score(words, careerUsed);
        var (region, regionUsed) = RegionDetector.Detect(tokens);
        var leftover = words
            .Where((w, i) => !careerUsed.Contains(i) && !topicUsed.Contains(i) && !regionUsed.Contains(i) && !StopWords.Set.Contains(w))
            .ToArray();
        var otherName = found.Count > 0 ? null : other?.Name ?? OtherOccupations.AfterOpener(words, StopWords.Set);
        return new MessageReading(found, scores, region, otherName, leftover);
    }

    public Reading Read(Question question)
    {
        var message = ReadMessage(question.Text ?? string.Empty);
        var context = (question.Context ?? [])
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .TakeLast(MaxContextMessages)
            .Reverse()
            .Select(ReadMessage)
            .ToArray();

        var career = message.Career?.CareerId;
        var confidence = message.Career?.Quality ?? 0;
        var careerFromContext = false;
        if (career is null && message.OtherOccupation is null && context.FirstOrDefault(c => c.Career is not null) is { } earlier)
        {
            // A follow-up ("how much do they make?") is about the last career the student named.
            career = earlier.Career!.CareerId;
            confidence = Math.Min(0.9, earlier.Career.Quality);
            careerFromContext = true;
        }

        var topic = message.TopicScore >= ClearTopic ? message.BestTopic : null;
        var topicFromContext = false;
        if (topic is null && IsFollowUp(message) && context.FirstOrDefault(c => c.BestTopic is not null) is { } topical)
        {
            topic = topical.BestTopic;
            topicFromContext = true;
        }

        topic ??= message.BestTopic;
        var region = message.Region;
        if (region is null && (careerFromContext || topicFromContext))
        {
            region = context.FirstOrDefault(c => c.Region is not null)?.Region;
        }

        return new Reading(message, career, confidence, careerFromContext, topic, topicFromContext, region, message.OtherOccupation);
    }

    /// <summary>True when the career was named only by words that are part of a longer, other job title.</summary>
    private static bool Inside(CareerMatch career, int start, int length) =>
        career.Start >= start && career.Start + career.Length <= start + length && (length > career.Length || career.Quality < 0.95);

    /// <summary>"What about in BC?" or "and IT analysts?" keeps the earlier topic; a new subject does not.</summary>
    private static bool IsFollowUp(MessageReading message) =>
        message.Leftover.Count <= 3 && (message.Region is not null || message.Career is not null);
}
