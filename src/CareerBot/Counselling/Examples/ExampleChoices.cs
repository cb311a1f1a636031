namespace CareerBot.Counselling.Examples;

/// <summary>What "add as an example" offers: the topic labels, the other intents, what each means, and the corpus's languages.</summary>
public sealed record ExampleChoices(
    IReadOnlyList<string> Topics, IReadOnlyList<string> Intents, IReadOnlyDictionary<string, string> Descriptions, IReadOnlyList<string> Languages);
