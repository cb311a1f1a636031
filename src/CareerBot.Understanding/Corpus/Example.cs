namespace CareerBot.Understanding.Corpus;

/// <summary>One labelled student message from an example file. <paramref name="Rating"/> is set for rating examples.</summary>
public sealed record Example(string Text, string Label, string Language, string File, int Line, int? Rating = null);
