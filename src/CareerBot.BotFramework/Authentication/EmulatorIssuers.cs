namespace CareerBot.BotFramework.Authentication;

/// <summary>The Microsoft Entra ID issuers of Bot Framework Emulator tokens (v1 and v2 endpoints).</summary>
internal static class EmulatorIssuers
{
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
    ];

    public static IReadOnlyList<string> For(string? tenantId) =>
        BotFrameworkTenants.Concat(string.IsNullOrWhiteSpace(tenantId) ? [] : [tenantId])
            .SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })
            .ToList();
}
