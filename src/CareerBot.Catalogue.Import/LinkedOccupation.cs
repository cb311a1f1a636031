namespace CareerBot.Catalogue.Import;

/// <summary>An occupation the catalogue ships, with what the title matching needs (folded words of its names).</summary>
internal sealed record LinkedOccupation(string Id, string OnetSoc, string Title, string? PrimaryNoc, IReadOnlyList<string> OtherNocs)
{
    public HashSet<string> TitleWords { get; } = TitleText.Words(Title);

    public HashSet<string> TitleTrigrams { get; } = TitleText.Trigrams(Title);

    /// <summary>Folded O*NET title, alternate, short and reported titles: an example title equal to one is this occupation's.</summary>
    public HashSet<string> KnownTitles { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of all its O*NET names, to break ties between occupations whose titles match an example equally.</summary>
    public HashSet<string> Vocabulary { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> Nocs => PrimaryNoc is null ? OtherNocs : OtherNocs.Prepend(PrimaryNoc);
}
