using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Understanding;

/// <summary>Finds the region a question is about from place names, demonyms and abbreviations.</summary>
internal static class RegionDetector
{
    private static readonly (string[] Words, string Region)[] Places = Build(new Dictionary<string, string>
    {
        [KnowledgeRegions.BritishColumbia] =
            "british columbia|bc|c b|colombie britannique|vancouver|victoria|surrey|burnaby|kelowna|richmond|abbotsford|nanaimo|kamloops|" +
            "prince george|coquitlam|langley|chilliwack|vernon|penticton|squamish|whistler|north vancouver|lower mainland|fraser valley",
        [KnowledgeRegions.Alberta] =
            "alberta|albertan|albertain|albertaine|calgary|edmonton|red deer|lethbridge|medicine hat|fort mcmurray|grande prairie|airdrie|" +
            "banff|canmore|st albert|sherwood park|spruce grove|okotoks",
        [KnowledgeRegions.Canada] =
            "canada|canadian|canadians|canadien|canadienne|au pays|nationally|across the country|ontario|toronto|ottawa|mississauga|hamilton|" +
            "quebec|montreal|manitoba|winnipeg|saskatchewan|regina|saskatoon|nova scotia|halifax|new brunswick|" +
            "newfoundland|labrador|prince edward island|pei|yukon|nunavut|northwest territories|maritimes|waterloo|london ontario",
        [KnowledgeRegions.UnitedStates] =
            "united states|usa|america|american|americans|the states|etats unis|états unis|amerique|amérique|americain|américain|aux states|stateside|new york|california|texas|florida|" +
            "seattle|washington state|silicon valley|chicago|boston|los angeles|san francisco|nyc|us of a|u s",
    });

    private static readonly ulong[] PlaceMasks = Places.Select(p => InitialMask.Of(p.Words)).ToArray();

    /// <summary>The region named last wins: "in Canada, or rather Alberta" means Alberta.</summary>
    public static (string? Region, HashSet<int> Used) Detect(IReadOnlyList<Token> tokens)
    {
        string? region = null;
        var used = new HashSet<int>();
        var bestEnd = -1;
        var lower = tokens.Select(t => t.Raw.ToLowerInvariant()).ToArray();
        var present = InitialMask.Of(lower);
        var candidates = new List<(string[] Words, string Region)>();
        for (var p = 0; p < Places.Length; p++)
        {
            if (InitialMask.Covers(present, PlaceMasks[p]))
            {
                candidates.Add(Places[p]);
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

    private static (string[] Words, string Region)[] Build(Dictionary<string, string> table) =>
        table.SelectMany(p => p.Value.Split('|').Select(n => (n.Split(' '), p.Key))).ToArray();
}
