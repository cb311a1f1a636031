namespace CareerBot.Understanding.Interpreting;

/// <summary>The one entry point of understanding: what a message means in its conversation. Thread-safe; never throws for any text.</summary>
public interface IInterpreter
{
    Interpretation Interpret(string? text, ConversationContext? context = null, string? locale = null);
}
