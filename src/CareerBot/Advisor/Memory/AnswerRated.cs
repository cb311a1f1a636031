namespace CareerBot.Advisor.Memory;

/// <summary>
/// The answer feedback is about: the question's text stays out, only what it was read as. <see cref="Id"/> names the
/// card the answer was shown in; that card's Helpful / Not helpful buttons send it back (<see cref="CardFeedback"/>).
/// </summary>
public sealed record AnswerRated(string? Career, string? Topic, string Intent, double Confidence, string Language, string? Id = null)
{
    /// <summary>A new card's name: short, and unique enough within one conversation.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..8];
}
