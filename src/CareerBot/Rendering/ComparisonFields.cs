namespace CareerBot.Rendering;

/// <summary>The rows of a comparison, in the order they are shown.</summary>
public static class ComparisonFields
{
    public const string Summary = "summary";
    public const string Education = "education";
    public const string Experience = "experience";
    public const string Pay = "pay";
    public const string Outlook = "outlook";
}
