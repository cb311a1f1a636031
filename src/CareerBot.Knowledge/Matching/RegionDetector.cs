using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Matching;

/// <summary>Finds the region a question is about from the place names of <c>names/regions.yaml</c>, demonyms and abbreviations.</summary>
internal sealed class RegionDetector
{
    private readonly (string[] Words, string Region)[] places;
    private readonly ulong[] placeMasks;

    /// <param name="places">Region id and place name, the name folded to lower case without accents.</param>
    public RegionDetector(IReadOnlyList<(string Region, string Phrase)> places)
    {
        this.places = places.Select(p => (p.Phrase.Split(' '), p.Region)).ToArray();
        placeMasks = this.places.Select(p => InitialMask.Of(p.Words)).ToArray();
    }

    /// <summary>The region named last wins: "in Canada, or rather Alberta" means Alberta.</summary>
    public (string? Region, HashSet<int> Used) Detect(IReadOnlyList<Token> tokens)
    {
        string? region = null;
        var used = new HashSet<int>();
        var bestEnd = -1;
        var lower = tokens.Select(t => TextFolding.Fold(t.Raw)).ToArray();
        var present = InitialMask.Of(lower);
        var candidates = new List<(string[] Words, string Region)>();
        for (var p = 0; p < places.Length; p++)
        {
            if (InitialMask.Covers(present, placeMasks[p]))
            {
                candidates.Add(places[p]);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, id) in candidates)
            {
                if (i >= bestEnd && Matches(tokens, lower, i, words))
                {
                    region = id;
                    bestEnd = i + words.Length;
                    for (var k = i; k < bestEnd; k++)
                    {
                        used.Add(k);
                    }
                }
            }

            if (IsUnitedStatesAbbreviation(tokens, i) || IsShortProvince(tokens, i, "AB"))
            {
                region = tokens[i].Raw.Equals("AB", StringComparison.OrdinalIgnoreCase) ? KnowledgeRegions.Alberta : KnowledgeRegions.UnitedStates;
                used.Add(i);
            }
        }

        return (region, used);
    }

    private static bool Matches(IReadOnlyList<Token> tokens, string[] lower, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var typed = lower[start + k];
            if (typed != words[k] && !Words.IsTypoOf(typed, words[k], minLength: 6))
            {
                return false;
            }
        }

        // "bc" in lower case is also texting for "because"; count it only after a preposition or as "BC".
        return words is not ["bc"] || tokens[start].Raw == "BC" || (start > 0 && IsPreposition(tokens[start - 1].Raw))
            || start == tokens.Count - 1;
    }

    /// <summary>"US" in capitals, or "us" after "in/the/across", is the country; "tell us" is not.</summary>
    private static bool IsUnitedStatesAbbreviation(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Raw is "US" or "U.S" || (tokens[i].Raw.Equals("us", StringComparison.OrdinalIgnoreCase)
            && i > 0 && tokens[i - 1].Raw.ToLowerInvariant() is "in" or "the" or "across" or "for" or "vs" or "versus");

    /// <summary>"AB" in capitals, or "ab" after "in/for/…", is Alberta.</summary>
    private static bool IsShortProvince(IReadOnlyList<Token> tokens, int i, string code) =>
        tokens[i].Raw == code || (tokens[i].Raw.Equals(code, StringComparison.OrdinalIgnoreCase) && i > 0 && IsPreposition(tokens[i - 1].Raw));

    private static bool IsPreposition(string word) =>
        word.ToLowerInvariant() is "in" or "for" or "of" or "to" or "across" or "around" or "within" or "from" or "at" or "and" or "or" or "vs";
}
