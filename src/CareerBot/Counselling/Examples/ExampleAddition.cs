namespace CareerBot.Counselling.Examples;

/// <summary>What became of "add as an example": added at <see cref="Where"/> (<c>file:line</c>), or refused with a reason.</summary>
public sealed record ExampleAddition(bool IsAdded, string Message, string? Where = null)
{
    public static ExampleAddition Added(string file, int line) => new(true, $"Added at {file}:{line}.", $"{file}:{line}");

    public static ExampleAddition Refused(string reason) => new(false, reason);
}
