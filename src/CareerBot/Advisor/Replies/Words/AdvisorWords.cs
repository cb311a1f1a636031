using CareerBot.Advisor.FitCheck;
using CareerBot.Options;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Replies.Words;

/// <summary>
/// Everything the advisor says outside answers and the fit check, in one language, so the tests and the bot say the same.
/// The reply follows the language of the student's message (the channel's locale when the message does not tell).
/// </summary>
public abstract class AdvisorWords
{
    public abstract string Code { get; }

    /// <summary>The word before a list's last item, with its spaces.</summary>
    public virtual string And => " and ";

    /// <summary>After a label: French sets a space before the colon.</summary>
    public virtual string Colon => ":";

    public abstract string Help { get; }

    public abstract string BackToFitCheck { get; }

    /// <summary>The title of the button that takes up a fit check paused while the student asked for a person.</summary>
    public abstract string ResumeFitCheck { get; }

    /// <summary>After the contact offer made mid-check: the check waits, and how to take it up.</summary>
    public abstract string FitCheckPaused { get; }

    /// <summary>After "a counsellor is joining" mid-check: the check waits until the student is back with the bot.</summary>
    public abstract string FitCheckPausedForChat { get; }

    public abstract string FitCheckCancelled { get; }

    public abstract string NothingToCancel { get; }

    public abstract string NothingToSkip { get; }

    public abstract string Forgotten { get; }

    public abstract string FitCheckAlreadyFinished(FitResult result, string title);

    public abstract string Goodbye { get; }

    public abstract string FeedbackThanks { get; }

    public abstract string FeedbackSorry { get; }

    public abstract string SmallTalk { get; }

    public abstract string Rude { get; }

    public abstract string RatingWithoutFitCheck { get; }

    /// <summary>No counselling contact configured (the console is on): send the student to their school counsellor.</summary>
    public abstract string CounsellorDefault { get; }

    /// <summary>No contact configured and no console to leave a message in: no counsellor is reachable from the chat.</summary>
    public abstract string NoCounsellorHere { get; }

    /// <summary>The line before the school's counselling contact.</summary>
    public abstract string CounsellorIntro { get; }

    /// <summary>The name of one contact field: office, e-mail, phone, hours, booking.</summary>
    public abstract string ContactLabel(ContactField field);

    /// <summary>A counsellor is online: the student waits for them.</summary>
    public abstract string HandoffJoining { get; }

    /// <summary>While a counsellor has the conversation, the bot stays quiet; this reminds how to come back.</summary>
    public abstract string HandoffWaiting { get; }

    public abstract string BackToCareerBot { get; }

    /// <summary>The student, or the counsellor, ended the chat with a person.</summary>
    public abstract string HandoffEnded { get; }

    public abstract string LeaveMessage { get; }

    public abstract string LeaveMessagePrompt { get; }

    public abstract string MessageLeft { get; }

    /// <summary>"Leave a message" asked for where there is no console, so no inbox: said before what is available.</summary>
    public abstract string LeaveMessageUnavailable { get; }

    /// <summary>The label on a counsellor's messages ("Ms Tremblay (counsellor)").</summary>
    public abstract string CounsellorLabel(string name);

    public abstract string ForgetConfirm { get; }

    public abstract string ForgetRetry { get; }

    public abstract string ForgetKept { get; }

    public abstract string DidYouMean { get; }

    /// <summary>Before the careers a name could mean ("engineer", "nurse"), as buttons.</summary>
    public abstract string WhichOccupation { get; }

    public abstract string FitCheckRestarted { get; }

    public abstract string NoFitCheckFor(IReadOnlyList<string> titles);

    /// <summary>A clear way to say what an intent asks for, for "did you mean…" buttons; null for ratings and rudeness.</summary>
    public abstract string? IntentExample(Intent intent);

    public abstract string YouAreWelcome { get; }

    public abstract string EmptyMessage { get; }

    public abstract string NoCareers { get; }

    public abstract string ShowResults { get; }

    public abstract string FitCheckFor(string title);

    public abstract string Greeting { get; }

    /// <summary>A greeting once the conversation is under way: a short hello, not the welcome card again.</summary>
    public abstract string HelloAgain { get; }

    public abstract string Introduction { get; }

    public abstract string CareersIKnow { get; }

    public abstract string NoCareersYet { get; }

    public abstract string TapOrAsk { get; }

    /// <summary>Three ways to start, shown under the welcome.</summary>
    public abstract IReadOnlyList<string> Starters { get; }

    /// <summary>The welcome's line when every occupation of the official catalogue can be asked about.</summary>
    public abstract string AnyCareer(int careers);

    /// <summary>The heading of the hand-written guides' list when the catalogue covers every occupation.</summary>
    public abstract string DetailedGuides { get; }

    /// <summary>Starter prompts about any occupation (the catalogue is loaded).</summary>
    public abstract IReadOnlyList<string> AnyCareerStarters { get; }

    /// <summary>"Show my results" in this language; its value stays the command the bot reads.</summary>
    public Button ShowResultsButton => new(ShowResults, Button.ShowResults.Value);

    /// <summary>"Back to my fit check" in this language; its value stays the command the bot reads.</summary>
    public Button ResumeFitCheckButton => new(ResumeFitCheck, Button.ResumeFitCheckValue);

    /// <summary>Starts a career's fit check: titled in this language, sending the English command the bot reads.</summary>
    public Button FitCheckButton(string englishTitle, string title) => new(FitCheckFor(title), Button.FitCheckFor(englishTitle).Value);

    /// <summary>The school's counselling contact as lines "- Name: value", after <see cref="CounsellorIntro"/>.</summary>
    public string Counsellor(CounsellingOptions contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var lines = new List<string> { CounsellorIntro };
        lines.AddRange(contact.Fields().Select(f => $"- {ContactLabel(f.Field)}{Colon} {f.Value}"));
        return string.Join("\n", lines);
    }

    public static AdvisorWords For(string? language) =>
        language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? FrenchAdvisorWords.Instance : EnglishAdvisorWords.Instance;
}
