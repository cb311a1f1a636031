namespace CareerBot.Knowledge.Matching;

/// <summary>Words of job titles, used to derive the shorter names a long title also goes by.</summary>
/// <param name="Generic">Too general to name a career alone ("manager", "it").</param>
/// <param name="JobNouns">The words that end a title; what comes before them names the field ("customer service").</param>
/// <param name="VagueFields">Too vague to name one career as a field ("computer systems").</param>
internal sealed record TitleWords(IReadOnlySet<string> Generic, IReadOnlySet<string> JobNouns, IReadOnlySet<string> VagueFields)
{
    /// <summary>Words that official titles use but students mean otherwise: "talk to a counsellor" asks for a person, it
    /// is no question about the job. Never a career's name.</summary>
    public IReadOnlySet<string> NotNames { get; init; } = new HashSet<string>();

    public static TitleWords None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
