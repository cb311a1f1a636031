using CareerBot.Advisor.Memory;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;

namespace CareerBot.Advisor;

/// <summary>The advisor's state properties: the dialog stack and memory per conversation, the fit results per student.</summary>
public sealed class AdvisorState
{
    private readonly ConversationState _conversation;
    private readonly UserState _user;
    private readonly IStatePropertyAccessor<ConversationMemory> _memory;
    private readonly IStatePropertyAccessor<StudentRecord> _student;
    private readonly IReadOnlyList<ITranscriptStore> _transcripts;

    public AdvisorState(ConversationState conversation, UserState user, IEnumerable<ITranscriptStore>? transcripts = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(user);
        _conversation = conversation;
        _user = user;
        _transcripts = [.. transcripts ?? []];
        DialogState = conversation.CreateProperty<DialogState>("dialogState");
        _memory = conversation.CreateProperty<ConversationMemory>("advisorMemory");
        _student = user.CreateProperty<StudentRecord>("student");
    }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public async Task<ConversationMemory> MemoryAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken) ?? new ConversationMemory();

    public async Task<StudentRecord> StudentAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _student.GetAsync(turnContext, () => new StudentRecord(), cancellationToken) ?? new StudentRecord();

    /// <summary>Deletes the student's record, this conversation's state (memory and dialog stack) and its channel transcript now.</summary>
    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _user.DeleteAsync(turnContext, cancellationToken);
        await _conversation.DeleteAsync(turnContext, cancellationToken);
        var activity = turnContext.Activity;
        if (activity.ChannelId is { } channelId && activity.Conversation?.Id is { } conversationId)
        {
            foreach (var transcript in _transcripts)
            {
                await transcript.DeleteTranscriptAsync(channelId, conversationId, cancellationToken);
            }
        }
    }
}
