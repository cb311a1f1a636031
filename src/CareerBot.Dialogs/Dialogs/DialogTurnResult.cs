using System.Text.Json.Nodes;

namespace CareerBot.Dialogs;

/// <summary>The outcome of a call into the dialog stack.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    /// <summary>Reads <see cref="Result"/> as <typeparamref name="T"/> (default when there is none).</summary>
    public T? GetResult<T>() => DialogJson.FromNode<T>(Result);
}
