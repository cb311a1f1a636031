using System.Diagnostics;
using System.Text.Json;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import.Tests;

/// <summary>The rules the title rows follow (knowledge/catalogue/README.md, titles.tsv), checked on the committed file.</summary>
public class CatalogueTitleTests
{
    private static OccupationCatalogue Catalogue => CommittedCatalogue.Catalogue;

    [Fact]
    public void Gendered_slash_forms_are_separate_titles_and_the_display_title_stays_as_published()
    {
        var plumbers = Catalogue.ById("plumbers-pipefitters-and-steamfitters")!;
        var french = Catalogue.TitlesOf(plumbers.Id).Where(t => t.Language == "fr").Select(t => t.Title).ToHashSet();
        Assert.Contains("Plombier", french);
        Assert.Contains("Plombière", french);
        Assert.Contains("Plombiers", french);
        Assert.Contains("Plombières", french);
        Assert.DoesNotContain(Catalogue.Titles, t => t.Language == "fr" && t.Title.Contains("/plombière", StringComparison.Ordinal));
        Assert.Equal("Électricien/électricienne", Catalogue.ById("electricians")!.TitleFr);
    }

    [Fact]
    public void The_french_example_file_does_not_pair_english_and_french_titles()
    {
        if (!RepositoryPaths.HasData)
        {
            Console.WriteLine("Skipped: " + RepositoryPaths.NoDataMessage);
            return;
        }

        // Each unit lists its English and its French titles apart, each list in its own alphabetical order, and the counts
        // differ in most units: a French example has no English counterpart to follow (so it is matched on its own).
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "noc-2021", "example-titles-en-fr.js"));
        var units = JsonDocument.Parse(script[script.IndexOf('[')..(script.LastIndexOf(']') + 1)]).RootElement.EnumerateArray().ToList();
        Assert.Equal(516, units.Count);
        Assert.All(units, u => Assert.Equal(
            ["category_code", "category_EN", "occupations_EN", "category_FR", "occupations_FR"],
            u.EnumerateObject().Select(p => p.Name)));
        var sameCount = units.Count(u => u.GetProperty("occupations_EN").GetArrayLength() == u.GetProperty("occupations_FR").GetArrayLength());
        Assert.True(sameCount < 100, $"{sameCount} units with as many French as English titles");
        var nurses = units.Single(u => u.GetProperty("category_code").GetString() == "31301");
        Assert.Equal("Ambulatory care nurse", nurses.GetProperty("occupations_EN")[0].GetString());
        Assert.Equal("Agent/agente de prévention des infections", nurses.GetProperty("occupations_FR")[0].GetString());
    }

    [Fact]
    public void An_ambiguous_title_has_at_most_three_candidates_ranked_best_first()
    {
        var groups = Catalogue.Titles.Where(t => t.IsAmbiguous).GroupBy(t => (t.Title, t.Language, t.Kind)).ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g =>
        {
            var ranks = g.Select(t => t.CandidateRank).Order().ToList();
            Assert.InRange(ranks.Count, 1, TitleRows.MaxCandidates);
            Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
        });
        Assert.All(Catalogue.Titles.Where(t => !t.IsAmbiguous), t => Assert.Equal(0, t.CandidateRank));
    }

    [Fact]
    public void A_one_word_english_title_is_a_kind_of_worker_and_short_titles_are_acronyms()
    {
        var english = Catalogue.Titles.Where(t => t.Language == "en").ToList();
        var words = english.Select(t => t.Title).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Chef", words);
        Assert.Contains("Nurse", words);
        Assert.Contains("Plumber", words);
        Assert.Contains("Welder", words);
        Assert.Contains(english, t => t.Title == "RN" && t.IsAcronym);
        Assert.Contains(english, t => t.Title == "LPN" && t.IsAcronym);
        Assert.Contains(english, t => t.Title == "EMT" && t.IsAcronym);
        Assert.DoesNotContain("Demand", words);
        Assert.All(Catalogue.Titles.Where(t => t.Title.Length < 3), t => Assert.True(t.IsAcronym, t.Title));
        Assert.All(Catalogue.Titles.Where(t => t.IsAcronym), t => Assert.True(TitleRows.IsAcronym(t.Title), t.Title));

        var lastWords = english.Where(t => t.Title.Contains(' ', StringComparison.Ordinal)).Select(t => TitleText.Fold(t.Title).Split(' '))
            .Select(w => Singular(w[^1])).ToHashSet(StringComparer.Ordinal);
        var stray = english
            .Where(t => !t.Title.Contains(' ', StringComparison.Ordinal) && !t.IsAcronym && t.Kind != TitleKind.OnetTitle && !t.IsShort)
            .Where(t => !lastWords.Contains(Singular(TitleText.Fold(t.Title))) && !IsShortTitleOf(t))
            .Take(5).Select(t => t.Title).ToList();
        Assert.Empty(stray);
    }

    [Fact]
    public void Titles_are_unique_per_occupation_and_language_case_and_accents_aside()
    {
        var duplicates = Catalogue.Titles.GroupBy(t => (TitleText.Key(t.Title), t.Language, t.OccupationId))
            .Where(g => g.Count() > 1).Take(5).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void The_titles_file_is_compact_and_the_catalogue_loads_in_under_half_a_second()
    {
        var size = new FileInfo(Path.Combine(RepositoryPaths.Catalogue, CatalogueFiles.Titles)).Length;
        Assert.True(size < 13_000_000, $"titles.tsv is {size} bytes");

        OccupationCatalogue.Load(RepositoryPaths.Catalogue); // JIT and file cache
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var load = OccupationCatalogue.Load(RepositoryPaths.Catalogue);
            clock.Stop();
            Assert.Empty(load.Problems);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        Console.WriteLine($"OccupationCatalogue.Load: {best.TotalMilliseconds:0} ms (best of 3)");
        // 0.5 s is the target on the 2-core machine; the bound leaves room for a busy shared test machine.
        Assert.True(best < TimeSpan.FromSeconds(1.5), $"loaded in {best.TotalMilliseconds:0} ms");
    }

    private static bool IsShortTitleOf(OccupationTitle title) =>
        Catalogue.TitlesOf(title.OccupationId).Any(t => t.IsShort && TitleText.Fold(t.Title) == TitleText.Fold(title.Title));

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
}
