namespace CareerBot.Advisor.Replies;

/// <summary>A button that sends <see cref="Value"/> as if the student typed it.</summary>
public sealed record Button(string Title, string Value)
{
    public Button(string text)
        : this(text, text)
    {
    }
}
