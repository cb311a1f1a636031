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

    public bool IsConfigured => Fields().Count > 0;

    /// <summary>The parts of the contact that are set, in the order a student reads them.</summary>
    public IReadOnlyList<(ContactField Field, string Value)> Fields() =>
        new (ContactField Field, string? Value)[]
        {
            (ContactField.Office, Office),
            (ContactField.Email, Email),
            (ContactField.Phone, Phone),
            (ContactField.Hours, Hours),
            (ContactField.BookingUrl, BookingUrl),
        }
        .Where(f => !string.IsNullOrWhiteSpace(f.Value))
        .Select(f => (f.Field, f.Value!.Trim()))
        .ToList();
}
