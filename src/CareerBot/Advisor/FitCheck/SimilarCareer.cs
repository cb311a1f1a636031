namespace CareerBot.Advisor.FitCheck;

/// <summary>A related career and the student's strengths (trait labels) that its own traits call for.</summary>
public sealed record SimilarCareer(string Id, string Title, IReadOnlyList<string> MatchingStrengths);
