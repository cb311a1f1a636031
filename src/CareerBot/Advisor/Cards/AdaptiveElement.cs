using System.Text.Json.Serialization;

namespace CareerBot.Advisor.Cards;

/// <summary>A card body element; the JSON "type" names the concrete element.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Image), "Image")]
public abstract class AdaptiveElement
{
    /// <summary>Named so an action can show or hide it.</summary>
    public string? Id { get; init; }

    /// <summary>False hides the element until a toggle action shows it.</summary>
    public bool? IsVisible { get; init; }

    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
}
