using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;

namespace CareerBot.Dialogs.Tests.Infrastructure;

/// <summary>
/// The smallest bot around a dialog: continue the stack, start the root dialog when nothing runs, announce results,
/// save the stack as JSON. Interruptions, when set, get the first look at each message.
/// </summary>
public sealed class DialogTestBot
{
    private readonly string _rootId;

    public DialogTestBot(Dictionary<string, string> store, Dialog root, params Dialog[] others)
    {
        DialogState = new JsonStateAccessor<DialogState>(store);
        Dialogs = new DialogSet(DialogState).Add(root);
        foreach (var dialog in others)
        {
            Dialogs.Add(dialog);
        }

        _rootId = root.Id;
    }

    public DialogTestBot(Dialog root, params Dialog[] others)
        : this(new Dictionary<string, string>(), root, others)
    {
    }

    public JsonStateAccessor<DialogState> DialogState { get; }
    public DialogSet Dialogs { get; }

    /// <summary>Looks at the message before the dialogs do; returns true when it handled the turn.</summary>
    public Func<DialogContext, CancellationToken, Task<bool>>? Interruption { get; set; }

    public TestFlow Flow(string conversationId = "conv-1", string channelId = "test", bool isGroup = false, string? locale = "en-US") =>
        new(OnTurnAsync, conversationId) { ChannelId = channelId, IsGroup = isGroup, Locale = locale };

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await Dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (turnContext.Activity.Type == ActivityTypes.Message
            && (Interruption is null || !await Interruption(dc, cancellationToken)))
        {
            var result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync(_rootId, null, cancellationToken);
            }

            if (result.Status == DialogTurnStatus.Complete)
            {
                await turnContext.SendActivityAsync($"[complete] {result.Result?.ToJsonString() ?? "null"}", cancellationToken: cancellationToken);
            }
        }

        await DialogState.SaveChangesAsync(turnContext);
    }
}
