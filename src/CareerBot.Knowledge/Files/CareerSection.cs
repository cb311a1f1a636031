namespace CareerBot.Knowledge.Files;

/// <summary>The Markdown body of one level-2 section; <see cref="Topic"/> is its topic id (e.g. "salary").</summary>
public sealed record CareerSection(string Topic, string Heading, string Markdown, int Line);
