namespace CareerBot.DirectLine;

/// <summary>The "DirectLine" section: the self-hosted Direct Line 3.0 endpoint the web chat talks to.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Server-side secret for tokens/generate and secret-authenticated calls; empty disables secret access.</summary>
    public string Secret { get; set; } = "";

    /// <summary>HMAC-SHA256 key for tokens (at least 32 characters). Empty: a random key made once and kept in the state
    /// storage, so tokens outlive a restart; several hosts must all be given the same key here (required with Redis).</summary>
    public string TokenSigningKey { get; set; } = "";

    /// <summary>Where conversations live: embedded (this process, logs in the state storage) or redis (shared by hosts).</summary>
    public Conversations.BackplaneKind Backplane { get; set; } = Conversations.BackplaneKind.Embedded;

    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>Oldest activities are dropped beyond this; watermarks keep counting.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>A conversation nobody used for this long is forgotten.</summary>
    public int ConversationIdleMinutes { get; set; } = 60;

    /// <summary>New conversations are refused (503) beyond this many live ones.</summary>
    public int MaxConversations { get; set; } = 10_000;

    public int KeepAliveSeconds { get; set; } = 30;

    /// <summary>A bot turn taking longer than this is abandoned and the user gets an apology.</summary>
    public int BotTimeoutSeconds { get; set; } = 15;

    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Open WebSocket streams one conversation may have (tabs of one student); more get 429.</summary>
    public int MaxStreamsPerConversation { get; set; } = 4;

    /// <summary>Open WebSocket streams one client address may have; more get 429.</summary>
    public int MaxStreamsPerClient { get; set; } = 50;

    /// <summary>A posted activity's channelData over this many bytes (as JSON) gets 413.</summary>
    public int MaxChannelDataBytes { get; set; } = 16 * 1024;

    /// <summary>A posted activity's attachments over this many bytes in all (as JSON) get 413.</summary>
    public int MaxAttachmentBytes { get; set; } = 64 * 1024;

    /// <summary>A conversation's log keeps its newest activities within this many bytes (as well as the count above).</summary>
    public int MaxLogBytesPerConversation { get; set; } = 1024 * 1024;

    /// <summary>All logs together stay within this many bytes: beyond it the longest-idle conversations are forgotten.</summary>
    public long MaxLogBytes { get; set; } = 256L * 1024 * 1024;

    public string BotId { get; set; } = "careerbot";
    public string BotName { get; set; } = "CareerBot";
}
