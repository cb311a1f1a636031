namespace CareerBot.Knowledge.Occupations;

/// <summary>A job title that resolves to an occupation. <see cref="IsAmbiguous"/>: the title came from a NOC unit linked
/// to several occupations and could not be told apart, so it is listed once per candidate.</summary>
public sealed record OccupationTitle(
    string Title,
    string Language,
    string OccupationId,
    TitleKind Kind,
    bool IsShort,
    bool IsAmbiguous);
