using System.Text.Json.Serialization;

namespace CareerBot.Advisor.Cards;

/// <summary>An Adaptive Card 1.5: just the parts CareerBot renders (text, facts, containers, buttons).</summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type { get; init; } = "AdaptiveCard";
    public string Version { get; init; } = "1.5";

    /// <summary>Shown by hosts that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a screen reader announces for the card (Web Chat reads it instead of "1 attachment").</summary>
    public string? Speak { get; set; }
    public List<AdaptiveElement> Body { get; init; } = [];
    public List<AdaptiveAction>? Actions { get; set; }
}
