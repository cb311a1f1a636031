using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Understanding.Asking;

/// <summary>
/// When a message asks for a comparison and what it compares: the two or three careers it names (more, and the student
/// is asked which one), on the topic it asks about, pay when it asks about pay, their overviews when it is unclear.
/// The bot and <c>careerbot ask</c> both follow this one rule.
/// </summary>
public static class ComparisonRequest
{
    /// <summary>A topic read less surely than this leaves a comparison on the overview.</summary>
    private const double TopicConfidence = 0.3;

    public static bool Applies(Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        return meaning.Intent == Intent.Compare && meaning.NamedCareers.Count is > 1 and <= Comparison.MaxCareers;
    }

    public static string Topic(Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        return meaning.Topics.Count > 0 && meaning.Topics[0].Confidence >= TopicConfidence ? meaning.Topics[0].Value : KnowledgeTopics.Overview;
    }
}
