using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs.Tests.Infrastructure;

/// <summary>
/// A state property kept as JSON text between turns, like real conversation state: each turn reads a fresh object
/// from the text and <see cref="SaveChangesAsync"/> writes it back, so only what survives JSON survives a turn.
/// </summary>
public sealed class JsonStateAccessor<T>(Dictionary<string, string> store, string name = "dialogState") : IStatePropertyAccessor<T>
    where T : class
{
    public string Name { get; } = name;

    public string? StoredJson(string conversationId) => store.GetValueOrDefault(Key(conversationId));

    public Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = turnContext.TurnState.Get<T>(CacheKey);
        if (cached is not null)
        {
            return Task.FromResult<T?>(cached);
        }

        T? value = store.TryGetValue(Key(turnContext), out var json)
            ? JsonSerializer.Deserialize<T>(json, BotJson.Options)
            : defaultValueFactory?.Invoke();
        if (value is not null)
        {
            turnContext.TurnState.Set(value, CacheKey);
        }

        return Task.FromResult(value);
    }

    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState.Set(value, CacheKey);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState.Remove(CacheKey);
        store.Remove(Key(turnContext));
        return Task.CompletedTask;
    }

    public Task SaveChangesAsync(ITurnContext turnContext)
    {
        var value = turnContext.TurnState.Get<T>(CacheKey);
        if (value is not null)
        {
            store[Key(turnContext)] = JsonSerializer.Serialize(value, BotJson.Options);
        }

        return Task.CompletedTask;
    }

    private string CacheKey => "state:" + Name;

    private string Key(ITurnContext turnContext) => Key(turnContext.Activity.Conversation?.Id ?? "none");

    private string Key(string conversationId) => conversationId + "/" + Name;
}
