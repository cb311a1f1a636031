using CareerBot.BotFramework.Schema;

namespace CareerBot.Dialogs.Choices;

/// <summary>One option offered to the user; stored in prompt options, so plain data.</summary>
public sealed class Choice
{
    public Choice() { }

    public Choice(string value, params string[] synonyms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        Synonyms = synonyms.Length > 0 ? [.. synonyms] : null;
    }

    public string Value { get; set; } = string.Empty;

    /// <summary>Other words that pick this choice ("IT" for "Information technology").</summary>
    public List<string>? Synonyms { get; set; }

    /// <summary>The button to show instead of a plain imBack with <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }
}
