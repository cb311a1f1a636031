using System.Text;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Api;

/// <summary>GET activities (polling, with watermark) and POST activities (the user speaks).</summary>
public static class ActivityEndpoints
{
    public static async Task<IResult> GetAsync(
        string conversationId, string? watermark, HttpRequest request, IConversationBackplane conversations, DirectLineTokenService tokens,
        IOptions<DirectLineOptions> options)
    {
        var (conversation, _, failure) = await AuthorizeAsync(conversationId, request, conversations, tokens, options.Value.Secret);
        if (conversation is null)
        {
            return failure!;
        }

        if (!DirectLineRequests.TryParseWatermark(watermark, out var mark))
        {
            return DirectLineError.BadArgument("The watermark must be a number.");
        }

        return await conversations.GetSinceAsync(conversationId, mark) is { } set
            ? Results.Json(set, BotJson.Options)
            : DirectLineError.NotFound();
    }

    public static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, IConversationBackplane conversations, DirectLineService directLine,
        DirectLineTokenService tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (conversation, caller, failure) = await AuthorizeAsync(conversationId, request, conversations, tokens, options.Value.Secret);
        if (conversation is null)
        {
            return failure!;
        }

        var (activity, bodyFailure) = await DirectLineRequests.ReadJsonAsync<Activity>(request, options.Value.MaxActivityBytes, cancellationToken);
        if (bodyFailure is not null)
        {
            return bodyFailure;
        }

        if (activity?.Type is not { Length: > 0 })
        {
            return DirectLineError.BadArgument("The body must be an activity with a type, e.g. {\"type\":\"message\",\"text\":\"hi\"}.");
        }

        activity.WithoutNullItems();
        if (TooBig(activity, options.Value) is { } tooBig)
        {
            return tooBig;
        }

        // With a token the sender is the token's user; the secret may speak for the user named in the activity.
        var userId = caller!.Token?.UserId
            ?? (DirectLineRequests.IsValidUserId(activity.From?.Id) ? activity.From!.Id! : conversation.UserId);
        var id = await directLine.PostAsync(conversation, activity, userId, DirectLineRequests.ServiceUrl(request));
        return id is null ? DirectLineError.NotFound() : Results.Json(new ResourceResponse(id), BotJson.Options);
    }

    /// <summary>channelData and attachments are capped apart from the whole: they are what a client can make huge.</summary>
    private static IResult? TooBig(Activity activity, DirectLineOptions options)
    {
        if (activity.ChannelData is { } channelData && Encoding.UTF8.GetByteCount(channelData.GetRawText()) > options.MaxChannelDataBytes)
        {
            return DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.TooLarge,
                $"The activity's channelData is larger than {options.MaxChannelDataBytes} bytes.");
        }

        if (activity.Attachments is { Count: > 0 } attachments
            && JsonSerializer.SerializeToUtf8Bytes(attachments, BotJson.Options).Length > options.MaxAttachmentBytes)
        {
            return DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.TooLarge,
                $"The activity's attachments are larger than {options.MaxAttachmentBytes} bytes in all.");
        }

        return null;
    }

    internal static async Task<(ConversationInfo? Conversation, DirectLineCaller? Caller, IResult? Failure)> AuthorizeAsync(
        string conversationId, HttpRequest request, IConversationBackplane conversations, DirectLineTokenService tokens, string secret,
        bool allowQueryToken = false)
    {
        var (caller, failure) = DirectLineCaller.Authenticate(request, secret, tokens, allowQueryToken);
        if (caller is null)
        {
            return (null, null, failure);
        }

        if (!caller.MayUse(conversationId))
        {
            return (null, null, DirectLineCaller.WrongConversation());
        }

        return await conversations.FindAsync(conversationId) is { } conversation
            ? (conversation, caller, null)
            : (null, null, DirectLineError.NotFound());
    }
}
