using System.Text.Json.Serialization;

namespace CareerBot.Advisor.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract class AdaptiveAction
{
    protected AdaptiveAction(string title) { Title = title; }

    public string Title { get; }
}
