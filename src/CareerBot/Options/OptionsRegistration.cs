using Microsoft.Extensions.Options;

namespace CareerBot.Options;

/// <summary>
/// The one way CareerBot binds a settings section: <c>AddOptions&lt;T&gt;().BindConfiguration(section)</c>, checked by
/// the section's <see cref="IValidateOptions{TOptions}"/> when the host starts, so a bad setting stops the start with
/// a message naming it instead of failing requests later.
/// </summary>
public static class OptionsRegistration
{
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        return services;
    }

    /// <summary>
    /// The same section bound and checked the same way, for the few settings the host needs before its services
    /// exist (listen URLs, authentication, the knowledge folder).
    /// </summary>
    public static TOptions ReadValidated<TOptions, TValidator>(this IConfiguration configuration, string section)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(section).Get<TOptions>() ?? new TOptions();
        var result = new TValidator().Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(section, typeof(TOptions), result.Failures) : options;
    }
}
