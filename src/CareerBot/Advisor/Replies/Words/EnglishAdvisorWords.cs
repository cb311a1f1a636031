using CareerBot.Advisor.FitCheck;
using CareerBot.Advisor.FitCheck.Words;
using CareerBot.Options;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Replies.Words;

public sealed class EnglishAdvisorWords : AdvisorWords
{
    public static EnglishAdvisorWords Instance { get; } = new();

    public override string Code => "en";

    public override string Help =>
        "Here's what I can do:\n" +
        "- Answer questions about a career: what the work is, education, experience, salary by region, employers, steps, " +
        "outlook and similar careers. Follow up naturally, like \"and in Alberta?\" or \"what do they do all day?\".\n" +
        "- Run a fit check: say \"am I a good fit for\" and a career, or \"take the quiz\". During it you can say " +
        "\"skip\", \"back\" or \"cancel\", or ask me a question.\n" +
        "- \"show my results\" shows your saved fit checks; \"forget me\" deletes everything I stored about you; " +
        "\"start over\" restarts a fit check from its first question.\n" +
        "- Say \"talk to a counsellor\" to reach a person at your school.";

    public override string BackToFitCheck => "Back to your fit check, where we left off:";

    public override string ResumeFitCheck => Button.ResumeFitCheckValue;

    public override string FitCheckPaused => "Your fit check is paused where you left off: tap \"Back to my fit check\" when you want to go on.";

    public override string FitCheckPausedForChat =>
        "Your fit check is paused where you left off: you can go on with it when you're back with CareerBot.";

    public override string FitCheckCancelled =>
        "OK, I've stopped the fit check; nothing from it was saved. Ask me anything, or say \"fit check\" to start again.";

    public override string NothingToCancel => "There's nothing to cancel right now. Ask me about a career, or say \"fit check\".";

    public override string NothingToSkip =>
        "There's no question to skip or go back to right now. Say \"fit check\" to start one, or ask me about a career.";

    public override string Forgotten =>
        "Done: I've deleted everything I stored about you, including your fit check results and this conversation's history. " +
        "If you keep chatting, I start from a blank page.";

    public override string FitCheckAlreadyFinished(FitResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"That fit check is finished: you scored {result.Percent}% for {title}, a {EnglishFitCheckWords.Instance.Band(result.Band)}. " +
            "Say \"fit check\" to take it again, or ask me anything about the career.";
    }

    public override string Goodbye => "Bye for now, and good luck! Come back any time you have another career question.";

    public override string FeedbackThanks => "Thanks for telling me, I'm glad it helped!";

    public override string FeedbackSorry =>
        "Thanks for telling me, and sorry that wasn't right. Try asking in other words, or say \"talk to a counsellor\" " +
        "to reach a person at your school.";

    public override string SmallTalk =>
        "I'm CareerBot, so careers are what I know best. Ask me about a career's pay, education or steps, or say \"fit check\".";

    public override string Rude =>
        "I hear you're frustrated. I'm here to help with careers whenever you'd like: ask me about one, or say \"help\".";

    public override string RatingWithoutFitCheck =>
        "I'm not running a fit check right now, so there's nothing to rate. Say \"fit check\" to start one.";

    public override string CounsellorDefault =>
        "A person is the best help for that: please see your school counsellor. They can talk through your options and " +
        "help you plan your courses.";

    public override string NoCounsellorHere =>
        "A person is the best help for that, but no counsellor can be reached through this chat. Please see your school counsellor " +
        "in person: they can talk through your options and help you plan your courses.";

    public override string CounsellorIntro => "A person is the best help for that. You can reach your school's counselling office:";

    public override string ContactLabel(ContactField field) => field switch
    {
        ContactField.Office => "Office",
        ContactField.Email => "Email",
        ContactField.Phone => "Phone",
        ContactField.Hours => "Hours",
        _ => "Book a time",
    };

    public override string HandoffJoining =>
        "A counsellor from your school is online: I've passed them our conversation, and they'll join here in a moment. " +
        "Until you say \"back to CareerBot\", what you write goes to them.";

    public override string HandoffWaiting => "Your message went to the counsellor. Say \"back to CareerBot\" to talk to me again.";

    public override string BackToCareerBot => "Back to CareerBot";

    public override string HandoffEnded => "The chat with the counsellor has ended, and you're back with CareerBot. Ask me anything about careers.";

    public override string LeaveMessage => "Leave a message";

    public override string LeaveMessagePrompt =>
        "Write your message for the counselling office in one message. Add how they can reach you (your name and class, " +
        "or your school e-mail) if you'd like an answer.";

    public override string MessageLeft => "Thanks: your message is in the counselling office's inbox. Ask me anything else in the meantime.";

    public override string LeaveMessageUnavailable => "Messages can't be left for the counselling office in this chat.";

    public override string CounsellorLabel(string name) => $"{name} (counsellor)";

    public override string ForgetConfirm =>
        "This deletes everything I stored about you: your fit check results and this conversation's history. Are you sure?";

    public override string ForgetRetry => "Please answer yes or no: " + ForgetConfirm;

    public override string ForgetKept => "OK, I haven't deleted anything.";

    public override string WhichOccupation => "That could mean several jobs. Which one do you mean?";

    public override string DidYouMean => "I'm not sure what you mean. Did you mean one of these?";

    public override string FitCheckRestarted => "OK, let's start this fit check again from the first question.";

    public override string NoFitCheckFor(IReadOnlyList<string> titles) =>
        "Sorry, I don't have a fit check for that career: I only know the careers in my library. " +
        $"I can check how well you fit {TextList.Join(titles, " or ")}. Which one would you like?";

    public override string? IntentExample(Intent intent) => intent switch
    {
        Intent.StartFitCheck or Intent.SwitchFitCheck => "Start a fit check",
        Intent.ShowResults => ShowResults,
        Intent.Counsellor => "Talk to a counsellor",
        Intent.Compare => "Compare careers",
        Intent.ForgetMe => "Forget me",
        Intent.Rating or Intent.Rude => null,
        _ => "Help",
    };

    public override string YouAreWelcome => "You're welcome! Ask me anything else about careers whenever you like.";

    public override string EmptyMessage => "Ask me a question about a career, for example \"What does an IT service manager do?\"";

    public override string NoCareers => "Sorry, I don't have any career information loaded right now, so I can't run a fit check.";

    public override string ShowResults => "Show my results";

    public override string FitCheckFor(string title) => Button.FitCheckPrefix + title;

    public override string Greeting => "Hi, I'm CareerBot";

    public override string HelloAgain => "Hi again! What would you like to know about careers? Ask me about a job, or say \"fit check\".";

    public override string Introduction =>
        "I help you explore careers: ask me in your own words what a job is like, what it pays, " +
        "what to study and how to get there, and I'll tell you where each fact comes from. " +
        "I can also run a quick fit check to see how well a career suits you.";

    public override string CareersIKnow => "Careers I know about";

    public override string NoCareersYet => "none right now";

    public override string TapOrAsk => "Tap a button below or just ask.";

    public override string AnyCareer(int careers) =>
        $"Ask me about any job: I have official facts on {careers.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} careers in Canada and the US.";

    public override string DetailedGuides => "Detailed guides";

    public override IReadOnlyList<string> AnyCareerStarters { get; } =
        ["What does a registered nurse do?", "How much do electricians make in BC?", "How do I become a video game designer?"];

    public override IReadOnlyList<string> Starters { get; } =
        ["What does an IT service manager do?", "How much do they earn?", "Am I a good fit?"];
}
