using System.Text.Json;
using CareerBot.Advisor.Dialogs;
using CareerBot.Advisor.Handoff;
using CareerBot.Advisor.Memory;
using CareerBot.Advisor.Replies;
using CareerBot.Advisor.Replies.Words;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Counselling.Insights;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;
using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor;

/// <summary>
/// CareerBot's advisor: welcomes new members, then runs every message through the <see cref="MainDialog"/>, whose
/// stack lives in conversation state (saved by the host's auto-save middleware).
/// </summary>
public sealed class AdvisorBot : IBot
{
    private readonly DialogSet _dialogs;
    private readonly ICareerCatalog _catalog;
    private readonly AdvisorState _state;
    private readonly InsightRecorder _insights;
    private readonly TimeProvider _clock;
    private readonly HandoffRouter _handoff;

    public AdvisorBot(AdvisorState state, MainDialog mainDialog, ICareerCatalog catalog, InsightRecorder insights, TimeProvider clock, HandoffRouter handoff)
    {
        _handoff = handoff ?? throw new ArgumentNullException(nameof(handoff));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _insights = insights ?? throw new ArgumentNullException(nameof(insights));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        ArgumentNullException.ThrowIfNull(mainDialog);
        ArgumentNullException.ThrowIfNull(catalog);
        _dialogs = new DialogSet(state.DialogState).Add(mainDialog);
        _catalog = catalog;
    }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnMembersAddedAsync(turnContext, cancellationToken),
            ActivityTypes.Event when turnContext.Activity.Name == HandoffRouter.StatusEvent => _handoff.OnStatusAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        activity.Text = MessageText(activity);
        await CountActiveDayAsync(turnContext, cancellationToken);
        var noteReplies = await NoteTranscriptAsync(turnContext, cancellationToken);
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        var setAside = CardFeedback.SetAside(memory, activity); // a tap on another card than the last answer's rates nothing
        try
        {
            await RunAsync(turnContext, cancellationToken);
            memory.HasTalked = true; // (after "forget me" this memory is gone, and the next hello is a first one)
        }
        finally
        {
            CardFeedback.PutBack(memory, setAside);
            await noteReplies();
        }
    }

    private async Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _handoff.TryRouteAsync(turnContext, cancellationToken))
        {
            return; // a person has the conversation, or a message for the counsellors was left
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
        }
    }

    /// <summary>Counts the conversation once per day it is used in (a count, with no id kept outside its own state).</summary>
    private async Task CountActiveDayAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        var today = InsightStore.DayOf(_clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (memory.ActiveDay != today)
        {
            memory.ActiveDay = today;
            _insights.ConversationActive();
        }
    }

    /// <summary>
    /// Keeps the last lines of the conversation (both sides) in its own state, so a counsellor who takes it over sees
    /// what was said; "forget me" deletes them with the rest of the conversation. The bot's lines are noted once the
    /// turn has run, from the replies held for saving (or, with nothing holding them, as they are sent).
    /// </summary>
    private async Task<Func<Task>> NoteTranscriptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        memory.Note(Counselling.Handoff.HandoffSpeakers.Student, turnContext.Activity.Text, _clock.GetUtcNow());
        var sent = new List<Activity>();
        turnContext.OnSendActivities((context, activities, next) =>
        {
            sent.AddRange(activities);
            return next();
        });
        return () =>
        {
            var said = (turnContext.TurnState.Get<PendingReplies>()?.Activities ?? []).Concat(sent);
            foreach (var reply in said.Where(a => a.Type == ActivityTypes.Message).Distinct())
            {
                memory.Note(Counselling.Handoff.HandoffSpeakers.Bot, reply.Text, _clock.GetUtcNow());
            }

            return Task.CompletedTask;
        };
    }

    private async Task OnMembersAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Any(m => m.Id is not null && m.Id != botId) == true)
        {
            var words = AdvisorWords.For(activity.Locale);
            (await _state.MemoryAsync(turnContext, cancellationToken)).WelcomedIn = words.Code;
            await turnContext.SendActivityAsync(WelcomeReply.Create(activity, _catalog.TitlesIn(words.Code), words, _catalog.Careers.Count), cancellationToken);
        }
    }

    /// <summary>
    /// The message's text; a card button that posted its text as the activity's value (Web Chat's Action.Submit) counts
    /// as typed. A very long message is read from its question part (a life story ends with what the student wants to
    /// know), so every later step reads at most <see cref="QuestionPart.MaxLength"/> characters.
    /// </summary>
    private static string MessageText(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrWhiteSpace(text) && activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("text", out var posted) && posted.ValueKind == JsonValueKind.String)
        {
            text = posted.GetString();
        }

        return QuestionPart.Of(text?.Trim() ?? string.Empty);
    }
}
