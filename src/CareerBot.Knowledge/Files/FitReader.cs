using System.Globalization;

namespace CareerBot.Knowledge.Files;

/// <summary>Reads fit-check traits; a trait without a question cannot be asked and is a problem.</summary>
internal static class FitReader
{
    public static IReadOnlyList<FitTrait> Read(YamlMap map, string path, List<KnowledgeProblem> problems)
    {
        var traits = new List<FitTrait>();
        foreach (var (item, line) in map.Items("fit"))
        {
            var trait = item?.Text("trait");
            if (item is null || trait is null)
            {
                problems.Add(new(path, line, "fit trait has no trait id"));
                continue;
            }

            var question = item.Text("question");
            if (question is null)
            {
                problems.Add(new(path, item.Line, $"fit trait '{trait}' has no question"));
                continue;
            }

            if (traits.Any(t => t.Trait == trait))
            {
                problems.Add(new(path, item.LineOf("trait"), $"duplicate fit trait '{trait}'"));
                continue;
            }

            var weightText = item.Text("weight") ?? "1";
            if (!int.TryParse(weightText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) || weight is < 1 or > 3)
            {
                problems.Add(new(path, item.LineOf("weight"), $"fit trait '{trait}' weight must be 1, 2 or 3"));
                continue;
            }

            traits.Add(new FitTrait(trait, item.Text("label") ?? trait.Replace('-', ' '), question, weight, item.Text("improve") ?? string.Empty));
        }

        return traits;
    }
}
