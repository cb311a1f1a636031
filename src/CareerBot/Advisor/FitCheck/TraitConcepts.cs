using CareerBot.Dialogs.Recognizers;
using CareerBot.Knowledge.Files;

namespace CareerBot.Advisor.FitCheck;

/// <summary>
/// The ideas a trait is about, from the words of its id and label, so traits of different career files can be
/// compared: "customer-service" and "helping-people" are both about people; "explaining-tech" and "communication" both
/// about communicating.
/// </summary>
public static class TraitConcepts
{
    private static readonly Dictionary<string, string> ConceptOf = new(StringComparer.Ordinal)
    {
        ["people"] = "people", ["helping"] = "people", ["customer"] = "people", ["service"] = "people", ["patience"] = "calm",
        ["calm"] = "calm", ["stress"] = "calm", ["pressure"] = "calm", ["crisis"] = "calm",
        ["explaining"] = "communication", ["communication"] = "communication", ["talking"] = "communication",
        ["listening"] = "communication", ["speaking"] = "communication", ["teamwork"] = "communication",
        ["organisation"] = "organising", ["organising"] = "organising", ["planning"] = "organising",
        ["leadership"] = "leading", ["leading"] = "leading", ["influencing"] = "leading", ["influence"] = "leading",
        ["initiatives"] = "leading", ["ambition"] = "leading", ["drive"] = "leading",
        ["technology"] = "technology", ["tech"] = "technology", ["computers"] = "technology", ["computer"] = "technology",
        ["it"] = "technology", ["networks"] = "technology", ["systems"] = "technology", ["programming"] = "technology",
        ["hands"] = "technology",
        ["learning"] = "learning", ["keep"] = "learning", ["curiosity"] = "learning", ["field"] = "learning",
        ["troubleshooting"] = "problems", ["problem"] = "problems", ["problems"] = "problems", ["solving"] = "problems",
        ["analytical"] = "problems", ["detail"] = "detail", ["precision"] = "detail", ["testing"] = "detail",
        ["business"] = "business", ["organisations"] = "business",
    };

    public static IReadOnlySet<string> Of(string trait, string label)
    {
        ArgumentNullException.ThrowIfNull(trait);
        ArgumentNullException.ThrowIfNull(label);
        return TextNormalizer.Tokenize(trait + " " + label)
            .Select(word => ConceptOf.GetValueOrDefault(word))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    public static IReadOnlySet<string> Of(FitTrait trait)
    {
        ArgumentNullException.ThrowIfNull(trait);
        return Of(trait.Trait, trait.Label);
    }
}
