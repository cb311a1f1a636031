using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Api;
using Microsoft.Extensions.Logging;

namespace CareerBot.DirectLine.Conversations.Embedded;

/// <summary>
/// The default backplane: conversations live in this process (<see cref="ConversationStore"/>) and their logs are kept
/// in the state storage (<see cref="ConversationArchive"/>), read back on first use after a restart. One host only.
/// </summary>
public sealed class EmbeddedBackplane : IConversationBackplane
{
    private readonly ConversationStore _store;
    private readonly ConversationArchive _archive;
    private readonly ILogger<EmbeddedBackplane> _logger;
    private readonly Lazy<Task> _loaded;

    public EmbeddedBackplane(ConversationStore store, ConversationArchive archive, ILogger<EmbeddedBackplane> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _archive = archive ?? throw new ArgumentNullException(nameof(archive));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _loaded = new Lazy<Task>(LoadAsync);
    }

    public async Task<ConversationInfo?> FindAsync(string conversationId) =>
        await LiveAsync(conversationId).ConfigureAwait(false) is { } c ? new ConversationInfo(c.Id, c.UserId) : null;

    public async Task<(ConversationInfo Conversation, bool Created)?> GetOrCreateAsync(string conversationId, string userId)
    {
        await _loaded.Value.ConfigureAwait(false);
        if (_store.GetOrCreate(conversationId, userId) is not { } started)
        {
            return null;
        }

        if (started.Created)
        {
            await _archive.SaveCreatedAsync(started.Conversation).ConfigureAwait(false);
        }

        return (new ConversationInfo(started.Conversation.Id, started.Conversation.UserId), started.Created);
    }

    public async Task TouchAsync(string conversationId)
    {
        if (await LiveAsync(conversationId).ConfigureAwait(false) is { } conversation)
        {
            _store.Touch(conversation);
        }
    }

    public async Task<string?> AppendAsync(string conversationId, Activity activity)
    {
        if (await LiveAsync(conversationId).ConfigureAwait(false) is not { } conversation)
        {
            return null;
        }

        var appended = conversation.Append(activity);
        await _archive.SaveAppendedAsync(conversation, appended).ConfigureAwait(false);
        return appended.Id;
    }

    public async Task PushAsync(string conversationId, Activity activity) =>
        (await LiveAsync(conversationId).ConfigureAwait(false))?.Push(activity);

    public async Task<ActivitySet?> GetSinceAsync(string conversationId, long? watermark) =>
        (await LiveAsync(conversationId).ConfigureAwait(false))?.GetSince(watermark);

    public async Task<ActivitySubscriber?> SubscribeAsync(string conversationId, long? watermark) =>
        (await LiveAsync(conversationId).ConfigureAwait(false))?.Subscribe(watermark);

    public void Unsubscribe(string conversationId, ActivitySubscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (_store.Find(conversationId) is { } conversation)
        {
            conversation.Unsubscribe(subscriber);
        }
        else
        {
            subscriber.Complete();
        }
    }

    public int StreamCount(string conversationId) => _store.Find(conversationId)?.StreamCount ?? 0;

    public async Task EraseAsync(string conversationId)
    {
        if (await LiveAsync(conversationId).ConfigureAwait(false) is { } conversation)
        {
            conversation.Erase();
            await _archive.SaveErasedAsync(conversation).ConfigureAwait(false);
        }
    }

    public async Task<int> RemoveIdleAsync()
    {
        await _loaded.Value.ConfigureAwait(false);
        return await ForgetAsync(_store.RemoveIdle()).ConfigureAwait(false);
    }

    public async Task<int> TrimToBudgetAsync(string keepConversationId)
    {
        if (await LiveAsync(keepConversationId).ConfigureAwait(false) is not { } keep)
        {
            return 0;
        }

        return await ForgetAsync(_store.TrimToBudget(keep)).ConfigureAwait(false);
    }

    public async Task<int> SecondsUntilRoomAsync()
    {
        await _loaded.Value.ConfigureAwait(false);
        return _store.SecondsUntilRoom();
    }

    private async Task<DirectLineConversation?> LiveAsync(string conversationId)
    {
        await _loaded.Value.ConfigureAwait(false);
        return _store.Find(conversationId);
    }

    private async Task<int> ForgetAsync(IReadOnlyList<string> forgotten)
    {
        foreach (var id in forgotten)
        {
            await _archive.ForgetAsync(id).ConfigureAwait(false);
        }

        return forgotten.Count;
    }

    /// <summary>Once per process, before the first call is served: what the last run left in storage.</summary>
    private async Task LoadAsync()
    {
        try
        {
            var archived = await _archive.LoadAsync(_store.IsExpired).ConfigureAwait(false);
            foreach (var conversation in archived)
            {
                _store.Restore(conversation.Id, conversation.UserId, conversation.LastUsed, conversation.NextSeq, conversation.Log);
            }

            if (archived.Count > 0)
            {
                _logger.LogInformation("Direct Line: {Count} conversations read back from storage", archived.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The chat works without its history; conversations begun before the restart start over.
            _logger.LogError(ex, "Direct Line conversations could not be read back from storage");
        }
    }
}
