using System.Security.Cryptography;

namespace CareerBot.DirectLine.Conversations;

/// <summary>New conversation and user ids: random, URL-safe, never guessable from another one.</summary>
public static class ConversationIds
{
    public static string NewConversationId() => Base64UrlId(16);

    public static string NewUserId() => "dl_" + Base64UrlId(12);

    private static string Base64UrlId(int bytes) =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
