using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Understanding;

/// <summary>Reads a question (and its context) into career, topic and region, without the index.</summary>
internal sealed class QuestionReader(CareerLexicon careers, TopicLexicon topics)
{
    private const int MaxContextMessages = 6;

    public MessageReading ReadMessage(string text)
    {
        var tokens = Words.Tokenize(Words.Clean(text));
        var words = tokens.Select(t => t.Word).ToArray();
        var found = careers.FindAll(words);
        var (scores, topicUsed) = topics.Score(words);
        var (region, regionUsed) = RegionDetector.Detect(tokens);
        var careerUsed = found.Count > 0 ? Enumerable.Range(found[0].Start, found[0].Length).ToHashSet() : [];
        var leftover = words
            .Where((w, i) => !careerUsed.Contains(i) && !topicUsed.Contains(i) && !regionUsed.Contains(i) && !StopWords.Set.Contains(w))
            .ToArray();
        var other = found.Count > 0 ? null : OtherOccupations.Find(words) ?? OtherOccupations.AfterOpener(words, StopWords.Set);
        return new MessageReading(found, scores, region, other, leftover);
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

        var topic = message.BestTopic;
        var topicFromContext = false;
        if (topic is null && IsFollowUp(message) && context.FirstOrDefault(c => c.BestTopic is not null) is { } topical)
        {
            topic = topical.BestTopic;
            topicFromContext = true;
        }

        var region = message.Region;
        if (region is null && (careerFromContext || topicFromContext))
        {
            region = context.FirstOrDefault(c => c.Region is not null)?.Region;
        }

        return new Reading(message, career, confidence, careerFromContext, topic, topicFromContext, region, message.OtherOccupation);
    }

    /// <summary>"What about in BC?" or "and IT analysts?" keeps the earlier topic; a new subject does not.</summary>
    private static bool IsFollowUp(MessageReading message) =>
        message.Leftover.Count <= 3 && (message.Region is not null || message.Career is not null);
}
