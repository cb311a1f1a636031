using Microsoft.Extensions.Options;

namespace CareerBot.Options;

/// <summary>Collects what is wrong with one settings section, each message naming the setting as it is configured.</summary>
public sealed class SettingChecks(string section)
{
    private readonly List<string> failures = [];

    public SettingChecks AtLeast(string name, int value, int minimum)
    {
        if (value < minimum)
        {
            failures.Add($"{section}:{name} must be at least {minimum} (it is {value}).");
        }

        return this;
    }

    public SettingChecks Between(string name, int value, int minimum, int maximum)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add($"{section}:{name} must be between {minimum} and {maximum} (it is {value}).");
        }

        return this;
    }

    public SettingChecks Required(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{section}:{name} must not be empty.");
        }

        return this;
    }

    /// <summary>An absolute http or https address, when one is given.</summary>
    public SettingChecks WebAddress(string name, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Required(name, value) : this;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            failures.Add($"{section}:{name} must be an http or https address such as https://example.org/ (it is '{value}').");
        }

        return this;
    }

    public SettingChecks That(bool holds, string message)
    {
        if (!holds)
        {
            failures.Add($"{section}:{message}");
        }

        return this;
    }

    public ValidateOptionsResult Result() => failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
