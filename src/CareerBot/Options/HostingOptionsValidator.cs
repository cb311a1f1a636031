using Microsoft.Extensions.Options;

namespace CareerBot.Options;

/// <summary>Checks the "Host" section at start: every listen URL must be one Kestrel can bind.</summary>
public sealed class HostingOptionsValidator : IValidateOptions<HostingOptions>
{
    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var checks = new SettingChecks(HostingOptions.SectionName).Required(nameof(options.Urls), options.Urls);
        foreach (var url in (options.Urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "http://*:3978" and "http://+:3978" are Kestrel's wildcards, not host names Uri accepts.
            var parsable = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            checks.WebAddress(nameof(options.Urls), parsable);
        }

        foreach (var proxy in options.TrustedProxies)
        {
            checks.That(Web.TrustedProxies.TryParse(proxy, out _, out _),
                $"TrustedProxies: '{proxy}' is not an IP address or network such as 10.0.0.5 or 10.0.0.0/24.");
        }

        return checks.Result();
    }
}
