namespace CareerBot.Knowledge.Files;

/// <summary>A source listed in a career file; <see cref="Year"/> is "unknown" when the source gives none.</summary>
public sealed record CareerSource(string Id, string Title, string? Publisher, string? Url, string Year);
