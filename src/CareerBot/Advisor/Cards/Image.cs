namespace CareerBot.Advisor.Cards;

/// <summary>A picture in a card; <see cref="AltText"/> is what a screen reader says for it.</summary>
public sealed class Image(string url, string altText) : AdaptiveElement
{
    public string Url { get; } = url;

    public string AltText { get; } = altText;

    public string Size { get; init; } = "Stretch";
}
