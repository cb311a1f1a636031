namespace CareerBot.Knowledge.Matching;

/// <summary>A question word: as typed, and in the canonical form the lexicons use.</summary>
internal readonly record struct Token(string Raw, string Word);
