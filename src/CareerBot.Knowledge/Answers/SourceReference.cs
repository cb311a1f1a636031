namespace CareerBot.Knowledge.Answers;

/// <summary>A source an answer cites; <see cref="Year"/> is null when the source gives none, <see cref="Publisher"/> when
/// the file names none (the seed guide).</summary>
public sealed record SourceReference(string Title, string? Url, string? Year, string? Publisher = null);
