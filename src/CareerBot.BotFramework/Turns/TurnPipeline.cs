using CareerBot.BotFramework.Middleware;

namespace CareerBot.BotFramework.Turns;

/// <summary>
/// The middleware every channel's turns run through, in one order for all of them: the error handler first (one
/// error policy, one apology), then the typing indicator, then Teams mention removal, then one turn at a time per
/// conversation, then the middleware the host registers as <see cref="IMiddleware"/> (state auto-save), then the bot. The Bot Connector, Direct Line and terminal
/// adapters take it from DI and only receive and deliver; each resolves <see cref="IBot"/> from the turn's own DI
/// scope (the request's, or one made for the turn).
/// </summary>
public sealed class TurnPipeline
{
    public TurnPipeline(
        ErrorHandlerMiddleware errors, ShowTypingMiddleware typing, RemoveMentionMiddleware mentions, OneTurnAtATimeMiddleware serial,
        IEnumerable<IMiddleware> host)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(typing);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(serial);
        ArgumentNullException.ThrowIfNull(host);
        Steps = [errors, typing, mentions, serial, .. host];
    }

    public IReadOnlyList<IMiddleware> Steps { get; }
}
