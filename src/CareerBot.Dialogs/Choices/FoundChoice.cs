namespace CareerBot.Dialogs.Choices;

/// <summary>The choice a user picked: its value, position in the list, how sure the match is (0–1), and the words matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string Synonym);
