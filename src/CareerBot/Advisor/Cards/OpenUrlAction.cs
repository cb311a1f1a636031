namespace CareerBot.Advisor.Cards;

public sealed class OpenUrlAction(string title, string url) : AdaptiveAction(title)
{
    public string Url { get; } = url;
}
