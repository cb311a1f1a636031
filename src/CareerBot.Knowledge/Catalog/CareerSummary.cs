namespace CareerBot.Knowledge.Catalog;

/// <summary>A career CareerBot covers: its id (file name) and title.</summary>
public sealed record CareerSummary(string Id, string Title);
