namespace CareerBot.Knowledge.Answers;

/// <summary>
/// A question once understood: the career (null when none is named or known), the topic, the region, and an occupation
/// with no career file when the student named one. <paramref name="Text"/> is the student's words, used only to
/// suggest careers whose names come close when none was found. <paramref name="Language"/> picks the career file's
/// translation when there is one ("fr"); figures and sources are the same in every language. <paramref name="Candidates"/>:
/// the careers an ambiguous name could mean (two or more), answered with "which one?" rather than a guess.
/// </summary>
public sealed record AnswerRequest(
    string? Career, string? Topic, string? Region = null, string? Occupation = null, string? Text = null, string? Language = null,
    IReadOnlyList<string>? Candidates = null)
{
    /// <summary>Other careers the student's name for the career also fits: offered first among the follow-ups.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];
}
