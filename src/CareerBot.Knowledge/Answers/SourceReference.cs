namespace CareerBot.Knowledge.Answers;

/// <summary>A source an answer cites; <see cref="Year"/> is null when the source gives none.</summary>
public sealed record SourceReference(string Title, string? Url, string? Year);
