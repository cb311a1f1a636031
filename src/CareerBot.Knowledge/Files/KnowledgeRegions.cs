namespace CareerBot.Knowledge.Files;

/// <summary>
/// The region ids of questions and figures. Salary rows exist only for <see cref="All"/>; a province or state named in a
/// question keeps its own id (<see cref="Places"/>), so an answer can say it has no figure there instead of showing
/// another place's figure as if it were that place's.
/// </summary>
public static class KnowledgeRegions
{
    public const string BritishColumbia = "bc";
    public const string Alberta = "alberta";
    public const string Canada = "canada";
    public const string UnitedStates = "us";

    /// <summary>The regions a salary row or outlook figure can be for, in the order answers show them.</summary>
    public static IReadOnlyList<string> All { get; } = [BritishColumbia, Alberta, Canada, UnitedStates];

    private static readonly Dictionary<string, (string Name, string Country)> Others = new(StringComparer.Ordinal)
    {
        ["ontario"] = ("Ontario", Canada),
        ["quebec"] = ("Québec", Canada),
        ["manitoba"] = ("Manitoba", Canada),
        ["saskatchewan"] = ("Saskatchewan", Canada),
        ["nova-scotia"] = ("Nova Scotia", Canada),
        ["new-brunswick"] = ("New Brunswick", Canada),
        ["newfoundland-labrador"] = ("Newfoundland and Labrador", Canada),
        ["pei"] = ("Prince Edward Island", Canada),
        ["yukon"] = ("Yukon", Canada),
        ["northwest-territories"] = ("the Northwest Territories", Canada),
        ["nunavut"] = ("Nunavut", Canada),
        ["atlantic"] = ("Atlantic Canada", Canada),
        ["california"] = ("California", UnitedStates),
        ["texas"] = ("Texas", UnitedStates),
        ["florida"] = ("Florida", UnitedStates),
        ["new-york"] = ("New York", UnitedStates),
        ["washington"] = ("Washington State", UnitedStates),
        ["illinois"] = ("Illinois", UnitedStates),
        ["massachusetts"] = ("Massachusetts", UnitedStates),
    };

    /// <summary>Every region a question can name: the figure regions, then provinces, territories and states.</summary>
    public static IReadOnlyList<string> Places { get; } = [.. All, .. Others.Keys];

    /// <summary>The country a region is in (<see cref="Canada"/> or <see cref="UnitedStates"/>).</summary>
    public static string Country(string region) => region switch
    {
        UnitedStates => UnitedStates,
        BritishColumbia or Alberta or Canada => Canada,
        _ => Others.TryGetValue(region, out var place) ? place.Country : region,
    };

    public static string Name(string region) => region switch
    {
        BritishColumbia => "British Columbia",
        Alberta => "Alberta",
        Canada => "Canada",
        UnitedStates => "the United States",
        _ => Others.TryGetValue(region, out var place) ? place.Name : region,
    };
}
