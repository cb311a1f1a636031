using Microsoft.Extensions.Options;

namespace CareerBot.Options;

/// <summary>Checks the "Bot" section at start.</summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var checks = new SettingChecks(BotOptions.SectionName);
        foreach (var url in options.AllowedServiceUrls)
        {
            checks.WebAddress(nameof(options.AllowedServiceUrls), url, required: true);
        }

        return checks
            .Between(nameof(options.TypingDelayMilliseconds), options.TypingDelayMilliseconds, 0, 60_000)
            .WebAddress(nameof(options.OpenIdMetadataUrl), options.OpenIdMetadataUrl, required: true)
            .WebAddress(nameof(options.EmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl, required: true)
            .Result();
    }
}
