using System.Threading.RateLimiting;
using CareerBot.BotFramework.Storage;
using CareerBot.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Counselling.Console;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>Sign-in for the console (cookie; Entra ID when configured), its policy and the sign-in rate limit.</summary>
    public static IServiceCollection AddCounsellorConsole(this IServiceCollection services, CounsellingOptions counselling)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(counselling);
        services.TryAddSingleton<KnowledgeStatus>();
        services.TryAddSingleton<Examples.CounsellorExamples>();
        services.AddDataProtection().SetApplicationName("CareerBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(keys =>
            keys.XmlRepository = new StoredDataProtectionKeys(sp.GetRequiredService<IStorage>())));
        var authentication = services.AddAuthentication(ConsoleSignIn.CookieScheme)
            .AddCookie(ConsoleSignIn.CookieScheme, cookie =>
            {
                cookie.Cookie.Name = ConsoleSignIn.CookieName;
                cookie.Cookie.Path = "/counsellor";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/counsellor/sign-in";
                cookie.AccessDeniedPath = "/counsellor/sign-in";
            });
        if (counselling.OpenIdConnect.IsConfigured)
        {
            authentication.AddOpenIdConnect(ConsoleSignIn.EntraScheme, oidc => ConsoleEntraSignIn.Configure(oidc, counselling.OpenIdConnect));
        }

        services.AddAuthorizationBuilder().AddPolicy(ConsoleSignIn.Policy, policy => policy
            .AddAuthenticationSchemes(ConsoleSignIn.CookieScheme)
            .RequireAuthenticatedUser());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Five tries a minute from one address: enough for typos, far too few to guess a 16+ character key.
            limiter.AddPolicy(ConsoleSignIn.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 5, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
