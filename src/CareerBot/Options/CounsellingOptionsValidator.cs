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
            .Result();
    }
}
