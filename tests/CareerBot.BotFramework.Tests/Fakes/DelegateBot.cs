using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Tests.Fakes;

/// <summary>A bot made of one lambda; counts its turns so tests can prove it never ran.</summary>
internal sealed class DelegateBot(Func<ITurnContext, Task>? onTurn = null) : IBot
{
    public int Turns { get; private set; }

    public static DelegateBot Echo() => new(ctx => ctx.SendActivityAsync($"echo: {ctx.Activity.Text}"));

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Turns++;
        if (onTurn is not null)
        {
            await onTurn(turnContext);
        }
    }
}
