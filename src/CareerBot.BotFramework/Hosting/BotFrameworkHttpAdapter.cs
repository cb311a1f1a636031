using System.Security.Claims;
using System.Text.Json;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Hosting;

/// <summary>
/// The CloudAdapter of CareerBot: turns one POST /api/messages into one turn. Bad requests get a short JSON 4xx
/// before any bot code runs; expectReplies turns answer 200 {"activities":[…]}; invoke turns answer the bot's
/// invoke response (501 when it set none); other turns answer 200 and their replies go to the channel's serviceUrl.
/// </summary>
public sealed class BotFrameworkHttpAdapter : BotAdapter
{
    private readonly IConnectorClient _connector;
    private readonly IChannelAuthenticator _authenticator;
    private readonly BotFrameworkHttpOptions _options;
    private readonly ILogger<BotFrameworkHttpAdapter> _logger;

    /// <summary>An adapter whose middleware is added with <see cref="BotAdapter.Use"/> (the protocol tests).</summary>
    public BotFrameworkHttpAdapter(
        IConnectorClient connector, IChannelAuthenticator authenticator, BotFrameworkHttpOptions options,
        ILogger<BotFrameworkHttpAdapter> logger)
        : this(connector, authenticator, options, logger, null)
    {
    }

    /// <summary>The adapter of the Bot Connector channels, running the shared <see cref="TurnPipeline"/>.</summary>
    public BotFrameworkHttpAdapter(
        IConnectorClient connector, IChannelAuthenticator authenticator, BotFrameworkHttpOptions options,
        ILogger<BotFrameworkHttpAdapter> logger, TurnPipeline? pipeline)
        : base(pipeline)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(authenticator);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _connector = connector;
        _authenticator = authenticator;
        _options = options;
        _logger = logger;
    }

    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(bot);
        try
        {
            await ProcessCoreAsync(request, response, bot, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller hung up; there is no one to answer.
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException)
        {
            // A broken or aborted upload is the client's problem, not a server error.
            var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            if (!response.HasStarted)
            {
                await new HttpError(status, "BadRequest", "The request body could not be read.").WriteAsync(response, CancellationToken.None);
            }
        }
    }

    /// <summary>Runs <paramref name="callback"/> in the referenced conversation (a proactive message); replies go to its serviceUrl.</summary>
    public Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" }
            .ApplyConversationReference(reference, isIncoming: true);
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        var buffer = turnContext.TurnState.Get<ExpectedReplies>();
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                turnContext.TurnState.Set(ToInvokeResponse(activity.Value));
                responses[i] = new ResourceResponse(null);
            }
            else if (buffer is not null)
            {
                lock (buffer)
                {
                    buffer.Activities.Add(activity);
                }

                responses[i] = new ResourceResponse(null);
            }
            else
            {
                responses[i] = await _connector.ReplyToActivityAsync(activity, cancellationToken);
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return _connector.UpdateActivityAsync(activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(reference.ServiceUrl);
        ArgumentException.ThrowIfNullOrEmpty(reference.Conversation?.Id);
        ArgumentException.ThrowIfNullOrEmpty(reference.ActivityId);
        return _connector.DeleteActivityAsync(reference.ServiceUrl, reference.Conversation.Id, reference.ActivityId, cancellationToken);
    }

    private async Task ProcessCoreAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        var (activity, error) = await ActivityRequestReader.ReadAsync(request, _options, cancellationToken);
        if (error is not null || activity is null)
        {
            await (error ?? HttpError.BadRequest("No activity.")).WriteAsync(response, cancellationToken);
            return;
        }

        var authentication = await _authenticator.AuthenticateAsync(request.Headers.Authorization, activity, cancellationToken);
        if (!authentication.IsAuthenticated)
        {
            _logger.LogWarning("Rejected an activity from channel {ChannelId}: {Reason}", activity.ChannelId, authentication.Failure);
            await new HttpError(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authenticated.")
                .WriteAsync(response, cancellationToken);
            return;
        }

        if (authentication.Identity?.IsAuthenticated != true && activity.DeliveryMode != DeliveryModes.ExpectReplies
            && !_options.IsAllowedWithoutToken(activity.ServiceUrl!))
        {
            // No token was checked, so nobody vouches for this serviceUrl: replies would go wherever the sender says.
            _logger.LogWarning("Refused an unauthenticated activity whose serviceUrl is not loopback or in Bot:AllowedServiceUrls");
            await new HttpError(StatusCodes.Status403Forbidden, "ServiceUrlNotAllowed",
                "Without authentication, replies go only to loopback or to Bot:AllowedServiceUrls.").WriteAsync(response, cancellationToken);
            return;
        }

        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(authentication.Identity ?? new ClaimsIdentity());
        if (Uri.TryCreate($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute, out var endpoint))
        {
            turnContext.TurnState.Set(new BotEndpoint(endpoint));
        }
        var replies = activity.DeliveryMode == DeliveryModes.ExpectReplies ? new ExpectedReplies() : null;
        if (replies is not null)
        {
            turnContext.TurnState.Set(replies);
        }

        try
        {
            await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Only reached when no error-handling middleware is installed.
            _logger.LogError("Turn failed with {ExceptionType} in conversation {ConversationId}", ex.GetType().FullName, activity.Conversation?.Id);
            await new HttpError(StatusCodes.Status500InternalServerError, "InternalError", "The bot failed to handle the activity.")
                .WriteAsync(response, cancellationToken);
            return;
        }

        await WriteTurnAnswerAsync(response, turnContext, replies, cancellationToken);
    }

    private static async Task WriteTurnAnswerAsync(
        HttpResponse response, ITurnContext turnContext, ExpectedReplies? replies, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            var invokeResponse = turnContext.TurnState.Get<InvokeResponse>();
            response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status501NotImplemented;
            if (invokeResponse?.Body is { } body)
            {
                await WriteJsonAsync(response, body, cancellationToken);
            }

            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        if (replies is not null)
        {
            await WriteJsonAsync(response, replies, cancellationToken);
        }
    }

    private static async Task WriteJsonAsync<T>(HttpResponse response, T value, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, BotJson.Options);
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken);
    }

    private static InvokeResponse ToInvokeResponse(JsonElement? value)
    {
        try
        {
            return value?.Deserialize<InvokeResponse>(BotJson.Options) ?? new InvokeResponse { Status = StatusCodes.Status200OK };
        }
        catch (JsonException)
        {
            return new InvokeResponse { Status = StatusCodes.Status500InternalServerError };
        }
    }
}
