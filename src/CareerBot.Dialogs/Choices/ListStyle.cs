using System.Text.Json.Serialization;

namespace CareerBot.Dialogs.Choices;

/// <summary>How choices are shown with a prompt.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListStyle>))]
public enum ListStyle
{
    /// <summary>Suggested actions where the channel has them, card buttons where it does not, a numbered list otherwise.</summary>
    Auto,
    None,
    SuggestedAction,
    HeroCard,
    List,
}
