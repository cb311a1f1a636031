using System.Text.Json.Serialization;

namespace CareerBot.Advisor.Cards;

/// <summary>A card body element; the JSON "type" names the concrete element.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
public abstract class AdaptiveElement
{
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
}
