namespace CareerBot.Understanding.Interpreting;

/// <summary>One reading of a message with the model's confidence in it (0–1).</summary>
public readonly record struct Scored<T>(T Value, double Confidence);
