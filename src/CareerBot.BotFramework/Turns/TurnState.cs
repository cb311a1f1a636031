namespace CareerBot.BotFramework.Turns;

/// <summary>Typed per-turn bag; keys default to the type's full name.</summary>
public sealed class TurnState
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public T? Get<T>(string? key = null) where T : class =>
        _values.TryGetValue(key ?? typeof(T).FullName!, out var value) ? value as T : null;

    public void Set<T>(T value, string? key = null) where T : class =>
        _values[key ?? typeof(T).FullName!] = value;

    public bool Remove(string key) => _values.Remove(key);
}
