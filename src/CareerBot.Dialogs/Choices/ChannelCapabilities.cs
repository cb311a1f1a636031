using CareerBot.BotFramework.Schema;

namespace CareerBot.Dialogs.Choices;

/// <summary>What a channel can display, so choices are rendered in a form the user actually sees.</summary>
public static class ChannelCapabilities
{
    /// <summary>Most suggested actions the channel shows at once; 0 when it has none.</summary>
    public static int MaxSuggestedActions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (IsTeamsGroup(activity))
        {
            return 0;
        }

        return activity.ChannelId switch
        {
            "msteams" => 6,
            "facebook" or "skype" => 10,
            "line" => 13,
            "kik" => 20,
            "telegram" or "emulator" or "directline" or "webchat" or "test" or "cli" or "terminal" => 100,
            "slack" or "email" or "sms" or "groupme" or "cortana" => 0,
            _ => 100,
        };
    }

    /// <summary>True when the channel shows Adaptive Cards and their buttons; e-mail, SMS and GroupMe show a message's text only.</summary>
    public static bool ShowsCards(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId is not ("email" or "sms" or "groupme");
    }

    /// <summary>
    /// A Teams group chat or channel, where suggested actions are dropped. The conversation type alone decides it:
    /// "groupChat" and "channel" are Teams' words, whichever channel id a relay or test client gives.
    /// </summary>
    public static bool IsTeamsGroup(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType is "groupChat" or "channel"
            || activity.ChannelId == "msteams" && activity.Conversation?.IsGroup == true;
    }

    public static bool SupportsSuggestedActions(Activity activity, int buttonCount = 1) =>
        buttonCount <= MaxSuggestedActions(activity);

    /// <summary>Most buttons a hero card may carry on the channel; 0 when cards are not shown.</summary>
    public static int MaxCardButtons(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId switch
        {
            "msteams" => 6,
            "facebook" or "skype" => 3,
            "kik" or "line" => 99,
            "sms" or "email" => 0,
            _ => 100,
        };
    }

    public static bool SupportsCardButtons(Activity activity, int buttonCount = 1) =>
        buttonCount <= MaxCardButtons(activity);
}
