using System.Text.Json;
using CareerBot.Advisor.Replies;
using CareerBot.Advisor.Replies.Words;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Counselling.Handoff;
using CareerBot.Counselling.Insights;
using CareerBot.Counselling.Notifications;
using CareerBot.Options;
using Microsoft.Extensions.Options;

namespace CareerBot.Advisor.Handoff;

/// <summary>
/// A person when a student needs one. With a counsellor online in the console, the conversation is handed over: the
/// bot sends the channel a <c>handoff.initiate</c> event with the transcript (a channel with its own agent hub may take
/// it, and says so with <c>handoff.status</c>), and until either side ends it the student's messages go to the
/// counsellor. With nobody online, the school's contact card, and "Leave a message" for the console's inbox when there
/// is a console to read it.
/// </summary>
public sealed class HandoffRouter
{
    public const string InitiateEvent = "handoff.initiate";
    public const string StatusEvent = "handoff.status";
    public const string TranscriptContentType = "application/vnd.microsoft.activity.transcript";

    private readonly HandoffStore _handoffs;
    private readonly CounsellorPresence _presence;
    private readonly AdvisorState _state;
    private readonly InsightRecorder _insights;
    private readonly TimeProvider _clock;
    private readonly CounsellingOptions _contact;
    private readonly CounsellorNotices _notices;

    public HandoffRouter(
        HandoffStore handoffs, CounsellorPresence presence, AdvisorState state, InsightRecorder insights, TimeProvider clock,
        IOptions<CounsellingOptions> contact, CounsellorNotices notices)
    {
        _notices = notices ?? throw new ArgumentNullException(nameof(notices));
        ArgumentNullException.ThrowIfNull(contact);
        _handoffs = handoffs ?? throw new ArgumentNullException(nameof(handoffs));
        _presence = presence ?? throw new ArgumentNullException(nameof(presence));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _insights = insights ?? throw new ArgumentNullException(nameof(insights));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _contact = contact.Value;
    }

    /// <summary>The student asked for a person (mid fit check, the check is <see cref="Memory.ConversationMemory.FitCheckPaused"/>).</summary>
    public async Task RequestAsync(ITurnContext turn, AdvisorWords words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(words);
        _insights.HandoffRequested();
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        if (!await _presence.IsAnyoneOnlineAsync(cancellationToken))
        {
            _insights.Handoff(HandoffOutcomes.GivenContact);
            Notify(CounsellorNoticeKind.GivenContact, turn.Activity, words.Code);
            await turn.SendActivityAsync(CounsellorContactReply.Create(turn.Activity, _contact, words, memory.FitCheckPaused), cancellationToken);
            return;
        }

        var activity = turn.Activity;
        var handoff = NewHandoff(activity, memory, words, HandoffStatus.Waiting, []);
        await _handoffs.CreateAsync(handoff, cancellationToken);
        memory.HandoffId = handoff.Id;
        _insights.Handoff(HandoffOutcomes.HandedOver);
        Notify(CounsellorNoticeKind.Waiting, activity, words.Code);
        var joining = memory.FitCheckPaused ? $"{words.HandoffJoining}\n\n{words.FitCheckPausedForChat}" : words.HandoffJoining;
        await turn.SendActivityAsync(ReplyFactory.Create(activity, joining, buttons: [BackButton(words)]), cancellationToken);
        await turn.SendActivityAsync(Initiation(activity, handoff), cancellationToken);
    }

    /// <summary>
    /// Handles the message when a person has the conversation or a message is being left; false when the bot should
    /// answer it as usual (no handoff, or one that has ended).
    /// </summary>
    public async Task<bool> TryRouteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        var text = turn.Activity.Text?.Trim() ?? string.Empty;
        var tapped = text == CounsellorContactReply.LeaveMessageValue;
        var leaving = !tapped && memory.LeavingMessage && text.Length > 0;
        memory.LeavingMessage = false;
        if (tapped || leaving)
        {
            if (!_contact.HasConsole)
            {
                // An old button, or the console turned off since: no one would read the message, so none is taken.
                var words = AdvisorWords.For(turn.Activity.Locale);
                await turn.SendActivityAsync(words.LeaveMessageUnavailable, cancellationToken: cancellationToken);
                await turn.SendActivityAsync(CounsellorContactReply.Create(turn.Activity, _contact, words, memory.FitCheckPaused), cancellationToken);
            }
            else if (leaving)
            {
                await LeaveMessageAsync(turn, memory, text, cancellationToken);
            }
            else
            {
                memory.LeavingMessage = true;
                await turn.SendActivityAsync(AdvisorWords.For(turn.Activity.Locale).LeaveMessagePrompt, cancellationToken: cancellationToken);
            }

            return true;
        }

        if (memory.HandoffId is not { } id)
        {
            return false;
        }

        var handoff = await _handoffs.GetAsync(id, cancellationToken);
        if (handoff is null || !handoff.IsOpen)
        {
            memory.HandoffId = null; // ended from the console (the student was told) or forgotten
            return false;
        }

        // The student's line goes to the counsellor (not to a channel's own agent hub, which has it already); "back to
        // CareerBot" is kept as the last line and ends the handoff.
        var back = IsBackToCareerBot(text);
        if (back || (handoff.Status != HandoffStatus.WithChannel && text.Length > 0))
        {
            await _handoffs.UpdateAsync(id, h => h with
            {
                Status = back ? HandoffStatus.Ended : h.Status,
                Messages = [.. h.Messages, new HandoffLine(HandoffSpeakers.Student, text, _clock.GetUtcNow())],
            }, cancellationToken);
        }

        if (back)
        {
            memory.HandoffId = null;
            await turn.SendActivityAsync(Ended(turn.Activity, AdvisorWords.For(handoff.Language), memory), cancellationToken);
        }

        return true;
    }

    /// <summary>A channel's agent hub says what it did with the handoff: accepted it, finished it, or could not take it.</summary>
    public async Task OnStatusAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        var state = turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString()
            : null;
        if (memory.HandoffId is not { } id || state is null)
        {
            return;
        }

        switch (state)
        {
            case "accepted":
                await _handoffs.UpdateAsync(id, h => h with { Status = HandoffStatus.WithChannel }, cancellationToken);
                _insights.Handoff(HandoffOutcomes.TakenByChannel);
                break;
            case "completed" or "failed":
                var ended = await _handoffs.UpdateAsync(id, h => h with { Status = HandoffStatus.Ended }, cancellationToken);
                memory.HandoffId = null;
                await turn.SendActivityAsync(Ended(turn.Activity, AdvisorWords.For(ended?.Language ?? turn.Activity.Locale), memory), cancellationToken);
                break;
        }
    }

    public static Button BackButton(AdvisorWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new Button(words.BackToCareerBot);
    }

    private async Task LeaveMessageAsync(ITurnContext turn, Memory.ConversationMemory memory, string text, CancellationToken cancellationToken)
    {
        var words = AdvisorWords.For(turn.Activity.Locale);
        await _handoffs.CreateAsync(
            NewHandoff(turn.Activity, memory, words, HandoffStatus.Message, [new HandoffLine(HandoffSpeakers.Student, text, _clock.GetUtcNow())]),
            cancellationToken);
        _insights.Handoff(HandoffOutcomes.MessageLeft);
        Notify(CounsellorNoticeKind.MessageLeft, turn.Activity, words.Code);
        await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity, words.MessageLeft, buttons: ResumeButtons(words, memory)), cancellationToken);
    }

    /// <summary>The chat with a person is over; a fit check set aside for it can be taken up again.</summary>
    private static Activity Ended(Activity incoming, AdvisorWords words, Memory.ConversationMemory memory) =>
        ReplyFactory.Create(incoming, words.HandoffEnded, buttons: ResumeButtons(words, memory));

    private static List<Button> ResumeButtons(AdvisorWords words, Memory.ConversationMemory memory) =>
        memory.FitCheckPaused ? [words.ResumeFitCheckButton] : [];

    /// <summary>Tells the counsellors' Teams channel, when one is configured (queued: the student does not wait on Teams).</summary>
    private void Notify(CounsellorNoticeKind kind, Activity activity, string language) =>
        _notices.Post(new CounsellorNotice(kind, activity.ChannelId ?? "", language, _clock.GetUtcNow()));

    /// <summary>A new request for a person from this conversation, with what was said before it.</summary>
    private HandoffRecord NewHandoff(
        Activity activity, Memory.ConversationMemory memory, AdvisorWords words, HandoffStatus status, IReadOnlyList<HandoffLine> messages)
    {
        var now = _clock.GetUtcNow();
        return new HandoffRecord
        {
            Id = HandoffStore.NewId(now, activity.Conversation?.Id ?? ""),
            ChannelId = activity.ChannelId ?? "",
            ConversationId = activity.Conversation?.Id ?? "",
            Reference = activity.GetConversationReference(),
            Language = words.Code,
            StartedAt = now,
            Status = status,
            Transcript = [.. memory.Transcript],
            Messages = messages,
        };
    }

    /// <summary>"back to CareerBot" in either language, as typed or tapped.</summary>
    private static bool IsBackToCareerBot(string text)
    {
        var lower = text.ToLowerInvariant().Trim('.', '!', ' ');
        return lower.Contains("careerbot", StringComparison.Ordinal) && (lower.StartsWith("back", StringComparison.Ordinal)
            || lower.StartsWith("retour", StringComparison.Ordinal) || lower.StartsWith("go back", StringComparison.Ordinal));
    }

    /// <summary>The Bot Framework's handoff event: the conversation so far as a transcript attachment.</summary>
    private static Activity Initiation(Activity incoming, HandoffRecord handoff)
    {
        var transcript = handoff.Transcript.Select(line => new Activity
        {
            Type = ActivityTypes.Message,
            Text = line.Text,
            Timestamp = line.At,
            From = line.From == HandoffSpeakers.Student ? incoming.From : incoming.Recipient,
        }).ToList();
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = InitiateEvent,
            Value = JsonSerializer.SerializeToElement(new { skill = "school-counselling", handoffId = handoff.Id }),
            Attachments = [new Attachment
            {
                ContentType = TranscriptContentType,
                Content = JsonSerializer.SerializeToElement(new { activities = transcript }, BotJson.Options),
            }],
        };
    }
}
