namespace CareerBot.Advisor.FitCheck;

/// <summary>One fit-check trait and the student's 1–5 answer (null when skipped).</summary>
public sealed record TraitAnswer(string Trait, string Label, int Weight, int? Score, string? Improve);
