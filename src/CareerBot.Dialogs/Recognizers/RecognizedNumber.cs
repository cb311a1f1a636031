namespace CareerBot.Dialogs.Recognizers;

/// <summary>A number found in the user's text.</summary>
/// <param name="Value">The value; for an ordinal its position (1 for "first"), counted from the end when <paramref name="FromEnd"/>.</param>
/// <param name="Text">The words it was read from.</param>
/// <param name="Start">Index of the first character in the text.</param>
/// <param name="End">Index just past the last character.</param>
/// <param name="FromEnd">True for ordinals like "last" (0) or "second to last" (-1).</param>
public sealed record RecognizedNumber(double Value, string Text, int Start, int End, NumberKind Kind, bool FromEnd = false)
{
    public bool IsWhole => Math.Abs(Value - Math.Round(Value)) < 1e-9;
}
