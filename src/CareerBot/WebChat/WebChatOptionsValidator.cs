using System.Text.RegularExpressions;
using CareerBot.Options;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>Checks the "WebChat" section at start: the page's title and language must be usable as they are.</summary>
public sealed partial class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$")]
    private static partial Regex LanguageTag();

    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SettingChecks(WebChatOptions.SectionName)
            .Required(nameof(options.Title), options.Title)
            .That(LanguageTag().IsMatch(options.Language), $"Language must be a language tag such as en or fr-CA (it is '{options.Language}').")
            .That(options.BotAvatarImage.Length == 0 || options.BotAvatarImage.StartsWith('/'),
                $"BotAvatarImage must be a path on this host such as /branding/avatar.png (it is '{options.BotAvatarImage}').")
            .Result();
    }
}
