using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>Addresses activities entering a Direct Line conversation the way the Direct Line service does.</summary>
public sealed class DirectLineActivities(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    /// <summary>All Direct Line conversations use channel id <c>directline</c>: Web Chat on top of Direct Line is the
    /// directline channel in Azure too, so a bot's channel checks behave the same here and there.</summary>
    public const string ChannelId = "directline";

    private readonly DirectLineOptions _options = options.Value;

    public ChannelAccount Bot => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    /// <summary>The conversationUpdate the bot gets when a conversation starts, so it can welcome the user.</summary>
    public Activity ConversationStarted(string conversationId, string userId, string serviceUrl, string? locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = clock.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(userId, role: RoleTypes.User),
        Recipient = Bot,
        Locale = locale,
        MembersAdded = [new ChannelAccount(userId, role: RoleTypes.User)],
    };

    /// <summary>Stamps a client's activity: the server decides who sent it, where, and when.</summary>
    public Activity FromUser(Activity activity, string conversationId, string userId, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Timestamp = clock.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.From = new ChannelAccount(userId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = Bot;
        activity.ReplyToId = null;
        return activity;
    }
}
