using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Middleware;

/// <summary>
/// Runs the turns of one conversation one after the other on this host (a Teams group chat sends several at once),
/// so they never race for its state here; across hosts, <see cref="State.AutoSaveStateMiddleware"/> re-runs the
/// turn that loses. Turns of different conversations still run side by side.
/// </summary>
public sealed class OneTurnAtATimeMiddleware : IMiddleware
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{activity.ChannelId}\n{conversationId}";
        var gate = Enter(key);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                await next(cancellationToken);
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Leave(key, gate);
        }
    }

    /// <summary>The conversation's gate, made on first use and counted, so a quiet conversation leaves nothing behind.</summary>
    private Gate Enter(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                _gates[key] = gate = new Gate();
            }

            gate.Users++;
            return gate;
        }
    }

    private void Leave(string key, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
