namespace CareerBot.Knowledge.Files;

/// <summary>One fit-check trait: a 1-5 question, how much it matters (1-3) and a step to build it.</summary>
public sealed record FitTrait(string Trait, string Label, string Question, int Weight, string Improve);
