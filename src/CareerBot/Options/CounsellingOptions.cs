namespace CareerBot.Options;

/// <summary>The "Counselling" section: the school's counselling contact, shown when a student asks for a person.</summary>
public sealed class CounsellingOptions
{
    public const string SectionName = "Counselling";

    public string? Office { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Hours { get; set; }

    public string? BookingUrl { get; set; }

    public bool IsConfigured =>
        new[] { Office, Email, Phone, Hours, BookingUrl }.Any(v => !string.IsNullOrWhiteSpace(v));
}
