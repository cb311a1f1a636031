using CareerBot.Advisor.FitCheck;

namespace CareerBot.Advisor.Replies;

/// <summary>The advisor's fixed sentences, in one place so the tests and the bot say the same.</summary>
public static class AdvisorTexts
{
    public const string Help =
        "Here's what I can do:\n" +
        "- Answer questions about a career: what the work is, education, experience, salary by region, employers, steps, " +
        "outlook and similar careers. Follow up naturally, like \"and in Alberta?\" or \"what do they do all day?\".\n" +
        "- Run a fit check: say \"am I a good fit for\" and a career, or \"take the quiz\". During it you can say " +
        "\"skip\", \"back\" or \"cancel\", or ask me a question.\n" +
        "- \"show my results\" shows your saved fit checks; \"forget me\" deletes everything I stored about you; " +
        "\"start over\" restarts a fit check from its first question.\n" +
        "- Say \"talk to a counsellor\" to reach a person at your school.";

    public const string BackToFitCheck = "Back to your fit check, where we left off:";

    public const string FitCheckCancelled =
        "OK, I've stopped the fit check; nothing from it was saved. Ask me anything, or say \"fit check\" to start again.";

    public const string NothingToCancel = "There's nothing to cancel right now. Ask me about a career, or say \"fit check\".";

    public const string NothingToSkip =
        "There's no question to skip or go back to right now. Say \"fit check\" to start one, or ask me about a career.";

    public const string Forgotten =
        "Done: I've deleted everything I stored about you, including your fit check results and this conversation's history. " +
        "If you keep chatting, I start from a blank page.";

    public const string StartedOver = "Let's start over.";

    public static string FitCheckAlreadyFinished(FitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"That fit check is finished: you scored {result.Percent}% for {result.CareerTitle}, a {result.Band.Phrase()}. " +
            "Say \"fit check\" to take it again, or ask me anything about the career.";
    }

    public const string Goodbye = "Bye for now, and good luck! Come back any time you have another career question.";

    public const string FeedbackThanks = "Thanks for telling me, I'm glad it helped!";

    public const string FeedbackSorry =
        "Thanks for telling me, and sorry that wasn't right. Try asking in other words, or say \"talk to a counsellor\" " +
        "to reach a person at your school.";

    public const string SmallTalk =
        "I'm CareerBot, so careers are what I know best. Ask me about a career's pay, education or steps, or say \"fit check\".";

    public const string Rude =
        "I hear you're frustrated. I'm here to help with careers whenever you'd like: ask me about one, or say \"help\".";

    public const string RatingWithoutFitCheck =
        "I'm not running a fit check right now, so there's nothing to rate. Say \"fit check\" to start one.";

    public const string OffScale = "Please answer from 1 (not at all) to 5 (very much), or say it in your own words.";

    public const string CounsellorDefault =
        "A person is the best help for that: please see your school counsellor. They can talk through your options and " +
        "help you plan your courses.";

    public const string ForgetConfirm =
        "This deletes everything I stored about you: your fit check results and this conversation's history. Are you sure?";

    public const string ForgetKept = "OK, I haven't deleted anything.";

    public const string DidYouMean = "I'm not sure what you mean. Did you mean one of these?";

    public const string FitCheckRestarted = "OK, let's start this fit check again from the first question.";

    public static string NoFitCheckFor(IEnumerable<string> titles) =>
        "Sorry, I don't have a fit check for that career: I only know the careers in my library. " +
        $"I can check how well you fit {TextList.Join(titles, " or ")}. Which one would you like?";

    public static string Explain(string label, string question) =>
        $"This question is about {label.ToLowerInvariant()}. Think of times at school, at home or in a job: {question} " +
        "1 means it isn't like you at all, 5 means it's very like you, and 3 is in the middle.";


    public static string Counsellor(Options.CounsellingOptions contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var lines = new List<string> { "A person is the best help for that. You can reach your school's counselling office:" };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lines.Add($"- {name}: {value.Trim()}");
            }
        }

        Add("Office", contact.Office);
        Add("Email", contact.Email);
        Add("Phone", contact.Phone);
        Add("Hours", contact.Hours);
        Add("Book a time", contact.BookingUrl);
        return string.Join("\n", lines);
    }

    /// <summary>A clear way to say what an intent asks for, for "did you mean…" buttons; null for ratings.</summary>
    public static string? IntentExample(CareerBot.Understanding.Interpreting.Intent intent) => intent switch
    {
        CareerBot.Understanding.Interpreting.Intent.StartFitCheck or CareerBot.Understanding.Interpreting.Intent.SwitchFitCheck => "Start a fit check",
        CareerBot.Understanding.Interpreting.Intent.ShowResults => "Show my results",
        CareerBot.Understanding.Interpreting.Intent.Counsellor => "Talk to a counsellor",
        CareerBot.Understanding.Interpreting.Intent.Compare => "Compare careers",
        CareerBot.Understanding.Interpreting.Intent.ForgetMe => "Forget me",
        CareerBot.Understanding.Interpreting.Intent.Rating or CareerBot.Understanding.Interpreting.Intent.Rude => null,
        _ => "Help",
    };

    public const string YouAreWelcome = "You're welcome! Ask me anything else about careers whenever you like.";

    public const string EmptyMessage = "Ask me a question about a career, for example \"What does an IT service manager do?\"";

    public const string NoCareers = "Sorry, I don't have any career information loaded right now, so I can't run a fit check.";
}
