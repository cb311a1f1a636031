using Microsoft.Extensions.Options;

namespace CareerBot.Options;

/// <summary>Checks the "Counselling" section at start: a student must be able to use the contact the bot shows.</summary>
public sealed class CounsellingOptionsValidator : IValidateOptions<CounsellingOptions>
{
    public ValidateOptionsResult Validate(string? name, CounsellingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SettingChecks(CounsellingOptions.SectionName)
            .WebAddress(nameof(options.BookingUrl), options.BookingUrl)
            .That(string.IsNullOrWhiteSpace(options.Email) || options.Email.Contains('@', StringComparison.Ordinal),
                $"Email must be an e-mail address (it is '{options.Email}').")
            .WebAddress("OpenIdConnect:Authority", options.OpenIdConnect.Authority)
            .That(string.IsNullOrWhiteSpace(options.OpenIdConnect.Authority) == string.IsNullOrWhiteSpace(options.OpenIdConnect.ClientId),
                "OpenIdConnect:Authority and OpenIdConnect:ClientId go together: set both to sign counsellors in with Entra ID, or neither.")
            .That(!options.OpenIdConnect.IsConfigured || !string.IsNullOrWhiteSpace(options.OpenIdConnect.RequiredRole),
                "OpenIdConnect:RequiredRole must name the app role counsellors hold; without one every account in the tenant, students too, could sign in.")
            .Between(nameof(options.RetentionDays), options.RetentionDays, 1, 3650)
            .That(string.IsNullOrEmpty(options.AccessKey) || options.AccessKey.Length >= 16,
                "AccessKey must be at least 16 characters, so it cannot be guessed.")
            .WebAddress("Teams:ServiceUrl", options.Teams.ServiceUrl)
            .WebAddress("Teams:ConsoleUrl", options.Teams.ConsoleUrl)
            .That(string.IsNullOrWhiteSpace(options.Teams.ServiceUrl) == string.IsNullOrWhiteSpace(options.Teams.ConversationId),
                "Teams:ServiceUrl and Teams:ConversationId go together: set both to notify the counsellors' Teams channel or chat, or neither.")
            .Result();
    }
}
