using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Tokens;
using CareerBot.WebChat;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Api;

/// <summary>POST /api/webchat/token: a token for a new anonymous conversation, for the own chat page (no secret in the browser).</summary>
public static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    public static IResult Issue(HttpRequest request, DirectLineTokenService tokens, IOptions<EmbedOptions> embed)
    {
        // CORS only hides the answer from other sites' scripts; refusing here keeps them from starting conversations at all.
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsSameOrigin(request, origin) && !embed.Value.IsAllowed(origin))
        {
            return DirectLineError.Result(StatusCodes.Status403Forbidden, DirectLineErrorCodes.OriginNotAllowed,
                "This site is not allowed to embed the chat; add it to Embed:AllowedOrigins.");
        }

        var issued = tokens.Issue(ConversationIds.NewConversationId(), ConversationIds.NewUserId());
        return Results.Json(
            new WebChatToken(issued.Claims.ConversationId, issued.Token, issued.ExpiresInSeconds, issued.Claims.UserId),
            BotJson.Options);
    }

    private static bool IsSameOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
