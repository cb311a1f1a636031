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
        ["alabama"] = ("Alabama", UnitedStates),
        ["alaska"] = ("Alaska", UnitedStates),
        ["arizona"] = ("Arizona", UnitedStates),
        ["arkansas"] = ("Arkansas", UnitedStates),
        ["california"] = ("California", UnitedStates),
        ["colorado"] = ("Colorado", UnitedStates),
        ["connecticut"] = ("Connecticut", UnitedStates),
        ["delaware"] = ("Delaware", UnitedStates),
        ["district-of-columbia"] = ("District of Columbia", UnitedStates),
        ["florida"] = ("Florida", UnitedStates),
        ["georgia"] = ("Georgia", UnitedStates),
        ["hawaii"] = ("Hawaii", UnitedStates),
        ["idaho"] = ("Idaho", UnitedStates),
        ["illinois"] = ("Illinois", UnitedStates),
        ["indiana"] = ("Indiana", UnitedStates),
        ["iowa"] = ("Iowa", UnitedStates),
        ["kansas"] = ("Kansas", UnitedStates),
        ["kentucky"] = ("Kentucky", UnitedStates),
        ["louisiana"] = ("Louisiana", UnitedStates),
        ["maine"] = ("Maine", UnitedStates),
        ["maryland"] = ("Maryland", UnitedStates),
        ["massachusetts"] = ("Massachusetts", UnitedStates),
        ["michigan"] = ("Michigan", UnitedStates),
        ["minnesota"] = ("Minnesota", UnitedStates),
        ["mississippi"] = ("Mississippi", UnitedStates),
        ["missouri"] = ("Missouri", UnitedStates),
        ["montana"] = ("Montana", UnitedStates),
        ["nebraska"] = ("Nebraska", UnitedStates),
        ["nevada"] = ("Nevada", UnitedStates),
        ["new-hampshire"] = ("New Hampshire", UnitedStates),
        ["new-jersey"] = ("New Jersey", UnitedStates),
        ["new-mexico"] = ("New Mexico", UnitedStates),
        ["new-york"] = ("New York", UnitedStates),
        ["north-carolina"] = ("North Carolina", UnitedStates),
        ["north-dakota"] = ("North Dakota", UnitedStates),
        ["ohio"] = ("Ohio", UnitedStates),
        ["oklahoma"] = ("Oklahoma", UnitedStates),
        ["oregon"] = ("Oregon", UnitedStates),
        ["pennsylvania"] = ("Pennsylvania", UnitedStates),
        ["rhode-island"] = ("Rhode Island", UnitedStates),
        ["south-carolina"] = ("South Carolina", UnitedStates),
        ["south-dakota"] = ("South Dakota", UnitedStates),
        ["tennessee"] = ("Tennessee", UnitedStates),
        ["texas"] = ("Texas", UnitedStates),
        ["utah"] = ("Utah", UnitedStates),
        ["vermont"] = ("Vermont", UnitedStates),
        ["virginia"] = ("Virginia", UnitedStates),
        ["washington"] = ("Washington State", UnitedStates),
        ["west-virginia"] = ("West Virginia", UnitedStates),
        ["wisconsin"] = ("Wisconsin", UnitedStates),
        ["wyoming"] = ("Wyoming", UnitedStates),
    };

    /// <summary>Province, territory and state postal codes ("on", "qc", "tx") → region id, for labelled sets.</summary>
    public static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bc"] = BritishColumbia, ["ab"] = Alberta, ["on"] = "ontario", ["qc"] = "quebec", ["mb"] = "manitoba",
        ["sk"] = "saskatchewan", ["ns"] = "nova-scotia", ["nb"] = "new-brunswick", ["nl"] = "newfoundland-labrador",
        ["pe"] = "pei", ["yt"] = "yukon", ["nt"] = "northwest-territories", ["nu"] = "nunavut",
        ["al"] = "alabama",
        ["ak"] = "alaska",
        ["az"] = "arizona",
        ["ar"] = "arkansas",
        ["co"] = "colorado",
        ["ct"] = "connecticut",
        ["de"] = "delaware",
        ["dc"] = "district-of-columbia",
        ["fl"] = "florida",
        ["ga"] = "georgia",
        ["hi"] = "hawaii",
        ["id"] = "idaho",
        ["il"] = "illinois",
        ["in"] = "indiana",
        ["ia"] = "iowa",
        ["ks"] = "kansas",
        ["ky"] = "kentucky",
        ["la"] = "louisiana",
        ["me"] = "maine",
        ["md"] = "maryland",
        ["ma"] = "massachusetts",
        ["mi"] = "michigan",
        ["mn"] = "minnesota",
        ["ms"] = "mississippi",
        ["mo"] = "missouri",
        ["mt"] = "montana",
        ["ne"] = "nebraska",
        ["nv"] = "nevada",
        ["nh"] = "new-hampshire",
        ["nj"] = "new-jersey",
        ["nm"] = "new-mexico",
        ["ny"] = "new-york",
        ["nc"] = "north-carolina",
        ["nd"] = "north-dakota",
        ["oh"] = "ohio",
        ["ok"] = "oklahoma",
        ["or"] = "oregon",
        ["pa"] = "pennsylvania",
        ["ri"] = "rhode-island",
        ["sc"] = "south-carolina",
        ["sd"] = "south-dakota",
        ["tn"] = "tennessee",
        ["tx"] = "texas",
        ["ut"] = "utah",
        ["vt"] = "vermont",
        ["va"] = "virginia",
        ["wa"] = "washington",
        ["wv"] = "west-virginia",
        ["wi"] = "wisconsin",
        ["wy"] = "wyoming",
        ["ca"] = "california",
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
