using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>The Bot Framework Activity: every field of the v3 schema, plus any unknown property kept for round-trips.</summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? CallerId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<MessageReaction>? ReactionsAdded { get; set; }
    public List<MessageReaction>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public List<string>? ListenFor { get; set; }
    public List<TextHighlight>? TextHighlights { get; set; }
    public SemanticAction? SemanticAction { get; set; }

    /// <summary>Properties this schema does not name; kept so an activity round-trips unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// Drops the null items a client may send in the lists (<c>"membersAdded": [null]</c>): JSON allows them, and no
    /// handler of a member, attachment or entity should have to expect one. Called where activities arrive.
    /// </summary>
    public Activity WithoutNullItems()
    {
        MembersAdded?.RemoveAll(item => item is null);
        MembersRemoved?.RemoveAll(item => item is null);
        ReactionsAdded?.RemoveAll(item => item is null);
        ReactionsRemoved?.RemoveAll(item => item is null);
        Attachments?.RemoveAll(item => item is null);
        Entities?.RemoveAll(item => item is null);
        ListenFor?.RemoveAll(item => item is null);
        TextHighlights?.RemoveAll(item => item is null);
        return this;
    }
}
