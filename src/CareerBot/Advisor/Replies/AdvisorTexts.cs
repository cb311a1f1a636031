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
        "\"start over\" starts the conversation afresh.";

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

    public const string YouAreWelcome = "You're welcome! Ask me anything else about careers whenever you like.";

    public const string EmptyMessage = "Ask me a question about a career, for example \"What does an IT service manager do?\"";

    public const string NoCareers = "Sorry, I don't have any career information loaded right now, so I can't run a fit check.";

    /// <summary>Longer messages are cut: nobody types a career question this long, and search cost grows with length.</summary>
    public const int MaxMessageLength = 1_000;
}
