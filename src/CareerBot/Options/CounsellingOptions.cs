namespace CareerBot.Options;

/// <summary>
/// The "Counselling" section: the school's counselling contact, shown when a student asks for a person, and what the
/// counsellors' console keeps (question texts only while <see cref="KeepQuestionText"/>, for <see cref="RetentionDays"/>).
/// </summary>
public sealed class CounsellingOptions
{
    public const string SectionName = "Counselling";

    public string? Office { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Hours { get; set; }

    public string? BookingUrl { get; set; }

    /// <summary>Keep the (masked) text of unanswered and unsure questions for the console; off keeps counts only.</summary>
    public bool KeepQuestionText { get; set; } = true;

    /// <summary>Days a question's text is kept before the purge deletes it.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>The console's local sign-in key, for schools without Entra ID; empty turns local sign-in off.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Sign-in to the console with Microsoft Entra ID (or another OpenID Connect provider), when configured.</summary>
    public ConsoleOpenIdConnectOptions OpenIdConnect { get; set; } = new();

    /// <summary>The counsellors' Teams channel or chat told when a student asks for a person, when configured.</summary>
    public CounsellorTeamsOptions Teams { get; set; } = new();

    public bool IsConfigured => Fields().Count > 0;

    /// <summary>Staff can sign in to the console, so a message left for the inbox is read by someone.</summary>
    public bool HasConsole => !string.IsNullOrEmpty(AccessKey) || OpenIdConnect.IsConfigured;

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
