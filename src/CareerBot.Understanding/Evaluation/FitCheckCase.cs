namespace CareerBot.Understanding.Evaluation;

/// <summary>A whole fit check as a student typed it: the opening, then answers (with the level meant) and other moves.</summary>
public sealed record FitCheckCase(string Language, string Career, IReadOnlyList<FitCheckTurn> Turns, string File, int Line);

/// <summary>One message of a fit check: <see cref="Expect"/> is start, rating, question, skip, back or explain.</summary>
public sealed record FitCheckTurn(string Text, string Expect, int? Rating, string? Topic);
