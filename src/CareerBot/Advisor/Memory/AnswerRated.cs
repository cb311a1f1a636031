namespace CareerBot.Advisor.Memory;

/// <summary>The answer feedback is about: the question's text stays out, only what it was read as.</summary>
public sealed record AnswerRated(string? Career, string? Topic, string Intent, double Confidence, string Language);
