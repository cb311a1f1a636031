namespace CareerBot.Understanding.Interpreting;

/// <summary>
/// What one message means in its conversation. <see cref="Intents"/> and <see cref="Topics"/> are rankings, best first;
/// <see cref="Career"/>, <see cref="Topic"/> and <see cref="Region"/> are resolved with the context (the message's own
/// first). <see cref="NamedCareers"/> are the covered careers the message itself names (a comparison names two or three).
/// </summary>
public sealed record Interpretation
{
    public required string Language { get; init; }

    public required IReadOnlyList<Scored<Intent>> Intents { get; init; }

    public Intent Intent => Intents[0].Value;

    public double Confidence => Intents[0].Confidence;

    public required IReadOnlyList<string> NamedCareers { get; init; }

    /// <summary>When the message named its career with words that name several just as well: those careers,
    /// likeliest first (<see cref="Career"/> is the first). The advisor asks which one instead of answering a guess.</summary>
    public IReadOnlyList<string> AmbiguousCareers { get; init; } = [];

    /// <summary>Other careers the message's name also fits, offered beside the answer about <see cref="Career"/>.</summary>
    public IReadOnlyList<string> AlternativeCareers { get; init; } = [];

    public string? Career { get; init; }

    public bool CareerFromContext { get; init; }

    public required IReadOnlyList<Scored<string>> Topics { get; init; }

    public string? Topic { get; init; }

    public bool TopicFromContext { get; init; }

    public string? Region { get; init; }

    /// <summary>The 1–5 answer when the message reads as one; null otherwise.</summary>
    public int? Rating { get; init; }

    /// <summary>A number given as a rating that is off the 1–5 scale ("6", "10", "0"): ask again, never squeeze it.</summary>
    public bool RatingOffScale { get; init; }

    /// <summary>An occupation with no career file ("nurse"): refuse honestly, never answer with another career.</summary>
    public string? Occupation { get; init; }

    /// <summary>True when the best reading is too unsure to act on: ask "did you mean…" with <see cref="Alternatives"/>.</summary>
    public bool NeedsClarification { get; init; }

    /// <summary>The two or three most likely readings, for a "did you mean…" question.</summary>
    public IReadOnlyList<Reading> Alternatives { get; init; } = [];

    /// <summary>One possible reading: an intent, and for a question its topic.</summary>
    public sealed record Reading(Intent Intent, string? Topic, double Confidence);
}
