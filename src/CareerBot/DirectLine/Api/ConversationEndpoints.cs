using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Api;

/// <summary>POST conversations (start) and GET conversations/{id} (reconnect: a fresh token and streamUrl).</summary>
public static class ConversationEndpoints
{
    public static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineService directLine, IConversationBackplane conversations, DirectLineTokenService tokens,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, failure) = DirectLineCaller.Authenticate(request, options.Value.Secret, tokens);
        if (caller is null)
        {
            return failure!;
        }

        var (body, bodyFailure) = await DirectLineRequests.ReadJsonAsync<TokenRequest>(request, options.Value.MaxActivityBytes, cancellationToken);
        if (bodyFailure is not null)
        {
            return bodyFailure;
        }

        // A token names its conversation and user; the secret starts a new conversation for the user in the body (or a new one).
        var conversationId = caller.Token?.ConversationId ?? ConversationIds.NewConversationId();
        var userId = caller.Token?.UserId ?? body?.User?.Id ?? ConversationIds.NewUserId();
        if (!DirectLineRequests.IsValidUserId(userId))
        {
            return DirectLineError.BadArgument("user.id must be 1-64 letters, digits or _ . : @ -.");
        }

        var started = await directLine.StartAsync(conversationId, userId, DirectLineRequests.ServiceUrl(request), body?.Locale);
        if (started is not { } ok)
        {
            return Full(await conversations.SecondsUntilRoomAsync());
        }

        var response = Describe(request, tokens, ok.Conversation, null);
        return ok.Created
            ? Results.Json(response, BotJson.Options, statusCode: StatusCodes.Status201Created)
            : Results.Json(response, BotJson.Options);
    }

    public static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, IConversationBackplane conversations, DirectLineTokenService tokens,
        IOptions<DirectLineOptions> options)
    {
        var (caller, failure) = DirectLineCaller.Authenticate(request, options.Value.Secret, tokens);
        if (caller is null)
        {
            return failure!;
        }

        if (!caller.MayUse(conversationId))
        {
            return DirectLineCaller.WrongConversation();
        }

        if (!DirectLineRequests.TryParseWatermark(watermark, out _))
        {
            return DirectLineError.BadArgument("The watermark must be a number.");
        }

        if (await conversations.FindAsync(conversationId) is not { } conversation)
        {
            return DirectLineError.NotFound();
        }

        // A reconnect is the student coming back: it keeps the conversation alive, as a post does.
        await conversations.TouchAsync(conversationId);
        return Results.Json(Describe(request, tokens, conversation, watermark), BotJson.Options);
    }

    private static ConversationResponse Describe(HttpRequest request, DirectLineTokenService tokens, ConversationInfo conversation, string? watermark)
    {
        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        return new ConversationResponse(conversation.Id, issued.Token, issued.ExpiresInSeconds,
            DirectLineRequests.StreamUrl(request, conversation.Id, issued.Token, watermark));
    }

    /// <summary>503 with the time until the longest-idle conversation expires and makes room.</summary>
    private static IResult Full(int seconds) => new RetryAfterResult(
        DirectLineError.Result(StatusCodes.Status503ServiceUnavailable, DirectLineErrorCodes.Unavailable,
            "Too many conversations are open right now; please try again later."),
        seconds);
}
