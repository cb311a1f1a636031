namespace CareerBot.Counselling.Insights;

/// <summary>
/// A question the bot could not answer, or was unsure of, kept for the counsellors with no student id. The text is
/// masked (e-mail addresses, phone numbers) and only kept while <c>Counselling:KeepQuestionText</c> is on.
/// </summary>
public sealed record QuestionRecord
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The masked question, or null when texts are not kept.</summary>
    public string? Text { get; init; }

    /// <summary>Why it was kept: <see cref="QuestionReasons"/>.</summary>
    public required string Reason { get; init; }

    public string? Career { get; init; }

    public string? Topic { get; init; }

    public required string Intent { get; init; }

    public double Confidence { get; init; }

    public required string Language { get; init; }

    public bool Handled { get; init; }

    /// <summary>The label a counsellor added it to the training examples under ("add as an example"), if any.</summary>
    public string? AddedAs { get; init; }
}

/// <summary>Why a question was kept for the counsellors.</summary>
public static class QuestionReasons
{
    /// <summary>The library had no answer (a career it does not cover, no such section, no career understood).</summary>
    public const string Unanswered = "unanswered";

    /// <summary>Understanding was unsure and asked "did you mean…".</summary>
    public const string LowConfidence = "low-confidence";

    /// <summary>The student said the answer was wrong or not helpful.</summary>
    public const string NotHelpful = "not-helpful";
}
