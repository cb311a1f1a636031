namespace CareerBot.Counselling.Console;

/// <summary>What "add as an example" offers: the topic labels, the other intents, and the corpus's languages.</summary>
public sealed record ExampleChoices(IReadOnlyList<string> Topics, IReadOnlyList<string> Intents, IReadOnlyList<string> Languages);
