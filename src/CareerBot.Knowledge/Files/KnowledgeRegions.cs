namespace CareerBot.Knowledge.Files;

/// <summary>The region ids used in salary rows and answers.</summary>
public static class KnowledgeRegions
{
    public const string BritishColumbia = "bc";
    public const string Alberta = "alberta";
    public const string Canada = "canada";
    public const string UnitedStates = "us";

    public static IReadOnlyList<string> All { get; } = [BritishColumbia, Alberta, Canada, UnitedStates];

    public static string Name(string region) => region switch
    {
        BritishColumbia => "British Columbia",
        Alberta => "Alberta",
        Canada => "Canada",
        UnitedStates => "the United States",
        _ => region,
    };
}
