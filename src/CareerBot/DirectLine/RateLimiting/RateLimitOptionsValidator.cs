using CareerBot.Options;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.RateLimiting;

/// <summary>Checks the "RateLimits" section at start: a limit of zero or less would refuse every request.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SettingChecks(RateLimitOptions.SectionName)
            .AtLeast(nameof(options.RequestsPerClientPerMinute), options.RequestsPerClientPerMinute, 1)
            .AtLeast(nameof(options.TokensPerClientPerMinute), options.TokensPerClientPerMinute, 1)
            .AtLeast(nameof(options.MessagesPerConversationPerMinute), options.MessagesPerConversationPerMinute, 1)
            .Result();
    }
}
