using System.Security.Claims;
using CareerBot.Options;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CareerBot.Counselling.Console;

/// <summary>
/// Sign-in to the console with Microsoft Entra ID (any OpenID Connect provider): the code flow with PKCE, and only for an
/// account holding the configured app role. A school's tenant holds its students too, so signing in is not enough.
/// </summary>
public static class ConsoleEntraSignIn
{
    /// <summary>Why a sign-in with Microsoft came back refused, for the sign-in page's words (never the provider's message).</summary>
    public const string RefusedForRole = "role";

    public const string RefusedOtherwise = "failed";

    private const string RoleFailure = "The account does not hold the console's app role.";

    public static void Configure(OpenIdConnectOptions oidc, ConsoleOpenIdConnectOptions settings)
    {
        ArgumentNullException.ThrowIfNull(oidc);
        ArgumentNullException.ThrowIfNull(settings);
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.CallbackPath = "/counsellor/signin-oidc";
        oidc.SignedOutCallbackPath = "/counsellor/signout-oidc";
        oidc.SignInScheme = ConsoleSignIn.CookieScheme;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        // The ID token's "name" is the person's display name: the name a student sees on a counsellor's replies.
        oidc.TokenValidationParameters.NameClaimType = "name";
        // Metadata over plain http is refused, except from this machine itself (a local identity provider).
        oidc.RequireHttpsMetadata = !IsLoopbackHttp(settings.Authority);
        var role = settings.RequiredRole.Trim();
        oidc.Events.OnTokenValidated = context =>
        {
            var identity = context.Principal?.Identity as ClaimsIdentity;
            if (identity is null || !HasRole(context.Principal!, role))
            {
                context.Fail(RoleFailure);
                return Task.CompletedTask;
            }

            identity.AddClaim(new Claim(ConsoleSignIn.SessionClaim, Guid.NewGuid().ToString("N")));
            return Task.CompletedTask;
        };
        oidc.Events.OnRemoteFailure = context =>
        {
            // No stack trace or provider message for the visitor: the sign-in page says what to do.
            var why = context.Failure?.Message == RoleFailure ? RefusedForRole : RefusedOtherwise;
            context.Response.Redirect("/counsellor/sign-in?refused=" + why);
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    /// <summary>Entra puts app roles in "roles"; the handler may have mapped them to the role claim type.</summary>
    private static bool HasRole(ClaimsPrincipal user, string role) =>
        user.Claims.Any(c => (c.Type is "roles" or "role" || c.Type == ClaimTypes.Role) && string.Equals(c.Value, role, StringComparison.Ordinal));

    private static bool IsLoopbackHttp(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
}
