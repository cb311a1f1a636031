namespace CareerBot.Options;

/// <summary>
/// "Counselling:OpenIdConnect": the counsellors' console signs staff in with Microsoft Entra ID (any OpenID Connect
/// provider) when <see cref="Authority"/> and <see cref="ClientId"/> are set, for example
/// <c>https://login.microsoftonline.com/{tenant}/v2.0</c> and the app registration's id.
/// </summary>
public sealed class ConsoleOpenIdConnectOptions
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The app role a staff member must hold (the ID token's <c>roles</c>); anyone else who can sign in to the tenant,
    /// students included, is refused. Define it in the app registration and assign it to the counselling staff.
    /// </summary>
    public string RequiredRole { get; set; } = "Counsellor";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
