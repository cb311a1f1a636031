using System.Diagnostics;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import.Tests;

public class CatalogueGoldenTests
{
    private static OccupationCatalogue Catalogue => CommittedCatalogue.Catalogue;

    [Fact]
    public void The_committed_catalogue_loads_without_problems()
    {
        Assert.Empty(CommittedCatalogue.Load.Problems);
    }

    [Fact]
    public void Counts_match_the_last_build()
    {
        Assert.Equal(923, Catalogue.Occupations.Count);
        Assert.Equal(516, Catalogue.CanadianGroups.Count);
        Assert.Equal(83393, Catalogue.Titles.Count(t => t.Language == "en"));
        Assert.Equal(107023, Catalogue.Titles.Count(t => t.Language == "fr"));
        Assert.Equal(831, Catalogue.UsWages.Count);
        Assert.Equal(832, Catalogue.UsOutlooks.Count);
    }

    [Fact]
    public void Software_developers_link_to_soc_15_1252_and_noc_21232()
    {
        var occupation = Catalogue.ByOnetSoc("15-1252.00")!;
        Assert.Equal("software-developers", occupation.Id);
        Assert.Equal("15-1252", occupation.Soc);
        Assert.Equal("21232", occupation.PrimaryNoc);
        Assert.Equal(4, occupation.JobZone);
        Assert.Equal(133080m, Catalogue.UsWage("15-1252")!.Annual.Median.Amount);
        Assert.Equal("bachelor", Catalogue.UsOutlook("15-1252")!.EducationCode);
        Assert.Equal(occupation, Catalogue.ByNoc("21232")[0]);
        Assert.Contains(Catalogue.TitlesOf(occupation.Id), t => t.Title == "Application programmer" && t.Kind == TitleKind.NocExample && !t.IsAmbiguous);
    }

    [Fact]
    public void Registered_nurses_link_to_noc_31301_with_bc_and_cops_figures()
    {
        var occupation = Catalogue.ById("registered-nurses")!;
        Assert.Equal("29-1141.00", occupation.OnetSoc);
        Assert.Equal("31301", occupation.PrimaryNoc);
        Assert.Equal(4, occupation.JobZone);
        Assert.Equal(93600m, Catalogue.UsWage("29-1141")!.Annual.Median.Amount);
        var group = Catalogue.CanadianGroup("31301")!;
        Assert.Equal(1, group.Teer);
        Assert.Equal(new BcWage(35m, 47.58m, 57m, WagePeriod.Hourly, 2025), group.BcWage);
        Assert.Equal("shortage-strong", group.Cops!.FutureCode);
        Assert.Equal("Risque important de pénurie", group.Cops.FutureFr);
    }

    [Fact]
    public void Electricians_link_to_noc_72200_with_a_french_example_title()
    {
        var occupation = Catalogue.ById("electricians")!;
        Assert.Equal("47-2111.00", occupation.OnetSoc);
        Assert.Equal("72200", occupation.PrimaryNoc);
        Assert.Equal(3, occupation.JobZone);
        Assert.Equal(62350m, Catalogue.UsWage("47-2111")!.Annual.Median.Amount);
        Assert.Equal("Électricien/électricienne", occupation.TitleFr);
        Assert.Equal(FrenchTitleSource.CnpExample, occupation.TitleFrSource);
        Assert.Equal(7, occupation.Interests.Realistic);
        Assert.Equal(["construction=92", "health-care-and-social-assistance=3", "transportation-and-warehousing=2"],
            Catalogue.CanadianGroup("72200")!.BcIndustries.Take(3).Select(i => $"{i.ElementId}={i.Score}"));
    }

    [Fact]
    public void Top_coded_wages_stay_markers_not_numbers()
    {
        var chiefs = Catalogue.UsWage("11-1011")!;
        Assert.Equal(WageMarker.TopCoded, chiefs.Annual.P90.Marker);
        Assert.Null(chiefs.Annual.P90.Amount);
    }

    [Fact]
    public void The_whole_catalogue_loads_quickly()
    {
        var clock = Stopwatch.StartNew();
        var load = OccupationCatalogue.Load(RepositoryPaths.Catalogue);
        clock.Stop();
        Assert.Empty(load.Problems);
        // Well under 1 s in Release on the 2-core target; the bound leaves room for a busy shared test machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"loaded in {clock.Elapsed.TotalMilliseconds:0} ms");
    }
}
