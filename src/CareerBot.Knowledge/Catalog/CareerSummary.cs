namespace CareerBot.Knowledge.Catalog;

/// <summary>A career CareerBot covers: its id (file name, or the catalogue's id) and title.</summary>
public sealed record CareerSummary(string Id, string Title)
{
    /// <summary>True for a hand-written guide: the careers the welcome and the fit check offer by name.</summary>
    public bool IsGuide { get; init; }
}
