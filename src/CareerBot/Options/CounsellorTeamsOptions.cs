namespace CareerBot.Options;

/// <summary>
/// "Counselling:Teams": the counsellors' Teams channel or chat that hears when a student asks for a person. Set
/// <see cref="ServiceUrl"/> (the Bot Connector address Teams gave the bot, such as https://smba.trafficmanager.net/amer/)
/// and <see cref="ConversationId"/> (the channel's or chat's id, such as 19:…@thread.tacv2). The notice carries no
/// student id and none of their words: only that someone asked, from which channel, and where to answer.
/// </summary>
public sealed class CounsellorTeamsOptions
{
    public string? ServiceUrl { get; set; }

    public string? ConversationId { get; set; }

    /// <summary>The school's Microsoft 365 tenant, which Teams needs on a message the bot starts.</summary>
    public string? TenantId { get; set; }

    /// <summary>The console's public address for the notice's "Open the inbox" button, such as https://careers.example-school.ca/counsellor/inbox.</summary>
    public string? ConsoleUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ServiceUrl) && !string.IsNullOrWhiteSpace(ConversationId);
}
