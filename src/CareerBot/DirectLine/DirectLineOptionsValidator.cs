using CareerBot.Options;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>Checks the "DirectLine" section at start: a short signing key used to start, then fail every token request.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinSigningKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SettingChecks(DirectLineOptions.SectionName)
            .That(options.TokenSigningKey.Length == 0 || options.TokenSigningKey.Length >= MinSigningKeyLength,
                $"TokenSigningKey must be at least {MinSigningKeyLength} characters (it has {options.TokenSigningKey.Length}); " +
                "leave it empty for a key made once and kept in the state storage.")
            .That(options.Backplane != Conversations.BackplaneKind.Redis || options.TokenSigningKey.Length > 0,
                "TokenSigningKey is required with Backplane=redis: every host must sign and check tokens with the same key.")
            .Between(nameof(options.TokenLifetimeMinutes), options.TokenLifetimeMinutes, 1, 24 * 60)
            .AtLeast(nameof(options.MaxActivitiesPerConversation), options.MaxActivitiesPerConversation, 1)
            .AtLeast(nameof(options.ConversationIdleMinutes), options.ConversationIdleMinutes, 1)
            .AtLeast(nameof(options.MaxConversations), options.MaxConversations, 1)
            .Between(nameof(options.KeepAliveSeconds), options.KeepAliveSeconds, 1, 3600)
            .AtLeast(nameof(options.BotTimeoutSeconds), options.BotTimeoutSeconds, 1)
            .AtLeast(nameof(options.MaxActivityBytes), options.MaxActivityBytes, 1024)
            .AtLeast(nameof(options.MaxStreamsPerConversation), options.MaxStreamsPerConversation, 1)
            .AtLeast(nameof(options.MaxStreamsPerClient), options.MaxStreamsPerClient, 1)
            .AtLeast(nameof(options.MaxChannelDataBytes), options.MaxChannelDataBytes, 0)
            .AtLeast(nameof(options.MaxAttachmentBytes), options.MaxAttachmentBytes, 0)
            .AtLeast(nameof(options.MaxLogBytesPerConversation), options.MaxLogBytesPerConversation, options.MaxActivityBytes)
            .That(options.MaxLogBytes >= options.MaxLogBytesPerConversation,
                $"MaxLogBytes must be at least MaxLogBytesPerConversation ({options.MaxLogBytesPerConversation}); it is {options.MaxLogBytes}.")
            .Required(nameof(options.BotId), options.BotId)
            .Result();
    }
}
