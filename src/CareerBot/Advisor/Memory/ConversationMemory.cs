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

    /// <summary>The last day (UTC, yyyy-MM-dd) this conversation was counted as active, so each counts once a day.</summary>
    public string? ActiveDay { get; set; }

    /// <summary>What the last answer was about, so "that's wrong" is counted against it.</summary>
    public AnswerRated? LastAnswer { get; set; }

    /// <summary>The language the welcome card was last sent in (on joining, or for a first "hello").</summary>
    public string? WelcomedIn { get; set; }

    /// <summary>The student has sent a message in this conversation before: a greeting now gets a short hello back.</summary>
    public bool HasTalked { get; set; }

    /// <summary>The open request for a person, while a counsellor has (or is about to have) the conversation.</summary>
    public string? HandoffId { get; set; }

    /// <summary>The student tapped "Leave a message": their next message goes to the counsellors' inbox.</summary>
    public bool LeavingMessage { get; set; }

    /// <summary>
    /// The student asked for a person mid fit check: the check waits, unscored, and the handoff's replies offer
    /// "Back to my fit check" until a message reaches the check again.
    /// </summary>
    public bool FitCheckPaused { get; set; }

    /// <summary>The last lines of the conversation, both sides, for the counsellor who takes it over.</summary>
    public List<Counselling.Handoff.HandoffLine> Transcript { get; set; } = [];

    public const int TranscriptLines = 12;
    public const int TranscriptLineLength = 400;

    /// <summary>Adds a line to <see cref="Transcript"/>, shortened, keeping the last <see cref="TranscriptLines"/>.</summary>
    public void Note(string from, string? text, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var line = text.Length <= TranscriptLineLength ? text : text[..TranscriptLineLength] + "…";
        Transcript.Add(new Counselling.Handoff.HandoffLine(from, line, at));
        if (Transcript.Count > TranscriptLines)
        {
            Transcript.RemoveRange(0, Transcript.Count - TranscriptLines);
        }
    }

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

        // The reading of the message decided whether the last place carries over (Interpreter: with its career, a
        // "what about…" or a comparison, not to another career), so the place is the turn's own; a fit check started
        // for another career (Focus) leaves it behind too.
        CareerId = careerId ?? CareerId;
        Region = region;
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
        LastAnswer = null;
    }
}
