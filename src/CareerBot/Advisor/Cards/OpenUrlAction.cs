namespace CareerBot.Advisor.Cards;

/// <summary>A button that opens a web address in the browser (the counselling office's booking page).</summary>
public sealed class OpenUrlAction(string title, string url) : AdaptiveAction(title)
{
    public string Url { get; } = url;
}
