using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>
/// A state document in storage, read at most once per turn and written at most once per save, with the ETag it was
/// read with: a turn that lost a race gets a <see cref="StorageConflictException"/> instead of overwriting the winner.
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly string _turnStateKey;

    /// <param name="storage">Where the documents live.</param>
    /// <param name="turnStateKey">The key of this state's cache in <see cref="ITurnContext.TurnState"/>.</param>
    protected BotState(IStorage storage, string turnStateKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrEmpty(turnStateKey);
        _storage = storage;
        _turnStateKey = turnStateKey;
    }

    /// <summary>A typed accessor for one property; properties are stored as plain JSON (System.Text.Json, camelCase).</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the state for this turn unless already read; <paramref name="force"/> rereads and drops unsaved changes.</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_turnStateKey) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var cached = new CachedBotState(key, null, null);
        if (key is not null)
        {
            var items = await _storage.ReadAsync([key], cancellationToken);
            if (items.TryGetValue(key, out var item))
            {
                cached = new CachedBotState(key, item.Document, item.ETag);
            }
        }

        turnContext.TurnState.Set(cached, _turnStateKey);
    }

    /// <summary>
    /// Writes the state if anything changed in this turn (or if <paramref name="force"/>d), conditional on the ETag read
    /// at load. Throws <see cref="StorageConflictException"/> when another turn saved the same document first.
    /// </summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_turnStateKey);
        if (cached?.StorageKey is not { } key)
        {
            return;
        }

        if (!cached.FlushChanges() && !force)
        {
            return;
        }

        var etags = await _storage.WriteAsync(new Dictionary<string, StoreItem>(1) { [key] = cached.ToStoreItem() }, cancellationToken);
        cached.MarkSaved(etags[key]);
    }

    /// <summary>
    /// Saves the changes of several states of one turn in one write per store, so that conversation and user state
    /// are stored together or not at all (where the store writes several keys at once: SQLite and memory do).
    /// </summary>
    public static async Task SaveTogetherAsync(IReadOnlyList<BotState> states, ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var store in states.GroupBy(s => s._storage))
        {
            var pending = store
                .Select(s => turnContext.TurnState.Get<CachedBotState>(s._turnStateKey))
                .OfType<CachedBotState>()
                .Where(c => c.StorageKey is not null && c.FlushChanges())
                .GroupBy(c => c.StorageKey!)
                .Select(g => g.Last())
                .ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            var changes = pending.ToDictionary(
                c => c.StorageKey!,
                c => c.ToStoreItem(),
                StringComparer.Ordinal);
            var etags = await store.Key.WriteAsync(changes, cancellationToken);
            foreach (var cached in pending)
            {
                cached.MarkSaved(etags[cached.StorageKey!]);
            }
        }
    }

    /// <summary>Empties the state for this turn; the next save writes the empty document.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await GetCachedStateAsync(turnContext, cancellationToken);
        cached.Clear();
    }

    /// <summary>Deletes the stored document now (e.g. "forget me") and starts this turn with empty state.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = GetStorageKey(turnContext);
        if (key is not null)
        {
            await _storage.DeleteAsync([key], cancellationToken);
        }

        turnContext.TurnState.Set(new CachedBotState(key, null, null), _turnStateKey);
    }

    /// <summary>The storage key of this turn's document, or null when the activity lacks the ids to build it.</summary>
    protected abstract string? GetStorageKey(ITurnContext turnContext);

    internal async Task<CachedBotState> GetCachedStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await LoadAsync(turnContext, force: false, cancellationToken);
        return turnContext.TurnState.Get<CachedBotState>(_turnStateKey)!;
    }
}
