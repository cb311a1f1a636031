using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Memory;

/// <summary>
/// What the advisor remembers of one conversation, in conversation state: the career and region being talked about
/// and the last few questions, which the knowledge search reads to understand follow-ups ("and in Alberta?").
/// </summary>
public sealed class ConversationMemory
{
    public const int QuestionsKept = 6;

    public string? CareerId { get; set; }

    public string? Region { get; set; }

    /// <summary>The topic of the last answer, which a follow-up that names none ("and in BC?") keeps.</summary>
    public string? Topic { get; set; }

    /// <summary>The career whose fit check ended on the last turn; more ratings after it get the result again.</summary>
    public string? FinishedFitCheckCareerId { get; set; }

    /// <summary>The student's recent questions, oldest first.</summary>
    public List<string> RecentQuestions { get; set; } = [];

    /// <summary>What understanding needs to read the next message in this conversation.</summary>
    public ConversationContext Context(bool awaitingRating, string? fitCheckCareerId = null) =>
        new(CareerId, Topic, Region, awaitingRating, fitCheckCareerId);

    public void Remember(string question, string? careerId, string? region, string? topic = null)
    {
        Topic = topic ?? Topic;
        ArgumentNullException.ThrowIfNull(question);
        RecentQuestions.Add(question);
        if (RecentQuestions.Count > QuestionsKept)
        {
            RecentQuestions.RemoveRange(0, RecentQuestions.Count - QuestionsKept);
        }

        CareerId = careerId ?? CareerId;
        Region = region ?? Region;
    }

    /// <summary>Makes a career the subject of the conversation, so "how much do they earn?" is about it.</summary>
    public void Focus(string careerId, string careerTitle)
    {
        ArgumentNullException.ThrowIfNull(careerId);
        ArgumentNullException.ThrowIfNull(careerTitle);
        if (CareerId != careerId)
        {
            Remember(careerTitle, careerId, null);
        }
    }

    public void Clear()
    {
        CareerId = null;
        Region = null;
        Topic = null;
        RecentQuestions.Clear();
        FinishedFitCheckCareerId = null;
    }
}
