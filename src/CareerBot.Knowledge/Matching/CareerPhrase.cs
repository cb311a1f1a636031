namespace CareerBot.Knowledge.Matching;

/// <summary>A way of naming a career, in canonical words; derived phrases (parts of titles) weigh less.</summary>
internal sealed record CareerPhrase(string CareerId, string[] Words, double Weight)
{
    /// <summary>The words joined (for grouping while the phrases are built; not kept, to keep the lexicon small).</summary>
    public string Key => string.Join(' ', Words);
}
