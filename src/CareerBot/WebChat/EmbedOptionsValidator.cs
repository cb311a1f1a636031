using CareerBot.Options;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>Checks the "Embed" section at start: an origin that is not one would be dropped silently and the embed would not show.</summary>
public sealed class EmbedOptionsValidator : IValidateOptions<EmbedOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var checks = new SettingChecks(EmbedOptions.SectionName);
        foreach (var origin in options.AllowedOrigins)
        {
            checks.That(WebChatSecurityHeaders.ValidOrigins([origin]).Any(),
                $"AllowedOrigins: '{origin}' is not an origin such as https://www.example-school.ca.");
        }

        return checks.Result();
    }
}
