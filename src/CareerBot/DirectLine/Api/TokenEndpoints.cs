using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Api;

/// <summary>POST tokens/generate (with the secret) and POST tokens/refresh (with a live token).</summary>
public static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(
        HttpRequest request, DirectLineTokenService tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, failure) = DirectLineCaller.Authenticate(request, options.Value.Secret, tokens);
        if (caller is null)
        {
            return failure!;
        }

        if (!caller.HasSecret)
        {
            return DirectLineCaller.SecretRequired();
        }

        var (body, bodyFailure) = await DirectLineRequests.ReadJsonAsync<TokenRequest>(request, options.Value.MaxActivityBytes, cancellationToken);
        if (bodyFailure is not null)
        {
            return bodyFailure;
        }

        var userId = body?.User?.Id ?? ConversationIds.NewUserId();
        if (!DirectLineRequests.IsValidUserId(userId))
        {
            return DirectLineError.BadArgument("user.id must be 1-64 letters, digits or _ . : @ -.");
        }

        var issued = tokens.Issue(ConversationIds.NewConversationId(), userId);
        return Results.Json(new ConversationResponse(issued.Claims.ConversationId, issued.Token, issued.ExpiresInSeconds),
            BotFramework.Schema.BotJson.Options);
    }

    public static IResult Refresh(HttpRequest request, DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        var (caller, failure) = DirectLineCaller.Authenticate(request, options.Value.Secret, tokens);
        if (caller is null)
        {
            return failure!;
        }

        if (caller.Token is not { } claims)
        {
            return DirectLineError.BadArgument("Only a token can be refreshed; the secret does not expire.");
        }

        var issued = tokens.Issue(claims.ConversationId, claims.UserId);
        return Results.Json(new ConversationResponse(claims.ConversationId, issued.Token, issued.ExpiresInSeconds),
            BotFramework.Schema.BotJson.Options);
    }
}
