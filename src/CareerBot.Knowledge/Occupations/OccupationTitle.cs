namespace CareerBot.Knowledge.Occupations;

/// <summary>A job title that resolves to an occupation. <see cref="IsAmbiguous"/>: the title came from a NOC unit linked
/// to several occupations and could not be told apart, so it is listed for up to three candidates;
/// <see cref="CandidateRank"/> is this occupation's place among them (1 = best; 0 when not ambiguous).
/// <see cref="IsAcronym"/>: all capitals, 2–5 letters (RN, LPN, EMT).</summary>
public sealed record OccupationTitle(
    string Title,
    string Language,
    string OccupationId,
    TitleKind Kind,
    bool IsShort,
    bool IsAmbiguous,
    int CandidateRank = 0,
    bool IsAcronym = false);
