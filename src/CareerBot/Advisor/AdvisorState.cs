using CareerBot.Advisor.Memory;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Dialogs;

namespace CareerBot.Advisor;

/// <summary>The advisor's state properties: the dialog stack and memory per conversation, the fit results per student.</summary>
public sealed class AdvisorState
{
    private readonly ConversationState _conversation;
    private readonly UserState _user;
    private readonly IStatePropertyAccessor<ConversationMemory> _memory;
    private readonly IStatePropertyAccessor<StudentRecord> _student;

    public AdvisorState(ConversationState conversation, UserState user)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(user);
        _conversation = conversation;
        _user = user;
        DialogState = conversation.CreateProperty<DialogState>("dialogState");
        _memory = conversation.CreateProperty<ConversationMemory>("advisorMemory");
        _student = user.CreateProperty<StudentRecord>("student");
    }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public async Task<ConversationMemory> MemoryAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken) ?? new ConversationMemory();

    public async Task<StudentRecord> StudentAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _student.GetAsync(turnContext, () => new StudentRecord(), cancellationToken) ?? new StudentRecord();

    /// <summary>Deletes the student's record and this conversation's state (memory and dialog stack) from storage now.</summary>
    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _user.DeleteAsync(turnContext, cancellationToken);
        await _conversation.DeleteAsync(turnContext, cancellationToken);
    }
}
