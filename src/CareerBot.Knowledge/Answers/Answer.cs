namespace CareerBot.Knowledge.Answers;

/// <summary>
/// What the library has for a question, as data with no chat sentence in it: the outcome, the career, topic and region
/// understood, the section's body blocks, its salary figures, the sources, and follow-ups. Each channel's renderer
/// words it in the student's language.
/// </summary>
public sealed record Answer(
    AnswerOutcome Outcome,
    CareerRef? About,
    string? Topic,
    string? Region,
    double Score,
    IReadOnlyList<AnswerBlock> Body,
    IReadOnlyList<SalaryFigure> Salary,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<FollowUp> FollowUps)
{
    public bool Answered => Outcome == AnswerOutcome.Answered;

    /// <summary>The career's id, when there is one (what the conversation remembers).</summary>
    public string? Career => About?.Id;

    /// <summary>For <see cref="AnswerOutcome.UncoveredCareer"/>: the job or field the student named.</summary>
    public string? Occupation { get; init; }

    /// <summary>For a salary answer in a region with no figure: the figures shown are the other regions'.</summary>
    public bool RegionMissing { get; init; }

    /// <summary>For declines: the hand-written guides, so the student knows what to ask about.</summary>
    public IReadOnlyList<CareerRef> Covered { get; init; } = [];

    /// <summary>For declines: how many careers the library answers about (guides and the official catalogue).</summary>
    public int CareerCount { get; init; }

    /// <summary>True when the library covers more than its guides: any occupation can be asked about.</summary>
    public bool CoversEveryOccupation => CareerCount > Covered.Count;
}
