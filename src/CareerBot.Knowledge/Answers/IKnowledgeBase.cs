namespace CareerBot.Knowledge.Answers;

/// <summary>Answers career questions from the current index. Thread-safe; never throws for any question text.</summary>
public interface IKnowledgeBase
{
    /// <summary>The answer to a question already understood (career, topic, region); understanding is not done here.</summary>
    Answer Ask(AnswerRequest request);

    /// <summary>Two or three careers side by side (unknown ids are left out); <paramref name="region"/> narrows the pay shown,
    /// <paramref name="language"/> picks the careers' translated sections where they have them.</summary>
    Comparison Compare(IReadOnlyList<string> careerIds, string? region, string? topic = null, string? language = null);
}
