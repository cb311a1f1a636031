namespace CareerBot.BotFramework.Schema;

public sealed class TextHighlight
{
    public string? Text { get; set; }
    public int? Occurrence { get; set; }
}
