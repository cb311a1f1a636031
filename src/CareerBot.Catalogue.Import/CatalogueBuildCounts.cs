namespace CareerBot.Catalogue.Import;

/// <summary>What a catalogue build wrote.</summary>
public sealed record CatalogueBuildCounts(
    int Occupations,
    int SkippedWithoutData,
    int TitlesEn,
    int TitlesFr,
    int AmbiguousTitles,
    int CanadianGroups,
    int UsWages,
    int UsOutlooks,
    TimeSpan Elapsed)
{
    public override string ToString() =>
        $"{Occupations} occupations ({SkippedWithoutData} without O*NET data left out), {TitlesEn} English and {TitlesFr} French titles " +
        $"({AmbiguousTitles} ambiguous), {CanadianGroups} NOC units, {UsWages} OEWS and {UsOutlooks} projection rows in {Elapsed.TotalSeconds:0.0} s";
}
