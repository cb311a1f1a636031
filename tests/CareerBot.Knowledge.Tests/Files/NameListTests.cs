using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Files;

/// <summary>The name lists of <c>language/&lt;lang&gt;/names/</c>: read, merged across languages, and checked with file:line.</summary>
public sealed class NameListTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    public NameListTests() => folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Places_jobs_and_shortenings_come_from_the_files_of_every_language()
    {
        WriteNames("en", "regions.yaml", "alberta:\n  - calgary\n");
        WriteNames("fr", "regions.yaml", "us:\n  - États-Unis\n");
        WriteNames("en", "occupations.yaml", "jobs:\n  - zookeeper\n");
        WriteNames("en", "shortenings.yaml", "tstr: tester\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        Assert.Empty(knowledge.Problems);
        Assert.Equal("alberta", knowledge.FindMentions("pay in Calgary").Region);
        Assert.Equal("us", knowledge.FindMentions("et aux etats-unis ?").Region);
        Assert.Equal("zookeeper", knowledge.FindMentions("what do zookeepers earn").Occupation);
        Assert.Equal(["alpha-tester"], knowledge.FindMentions("alpha tstr pay").Careers);
        Assert.Null(knowledge.FindMentions("pay in Paris").Region);
    }

    [Fact]
    public void A_place_that_names_two_regions_is_reported_at_its_line()
    {
        var fr = WriteNames("fr", "regions.yaml", "canada:\n  - quebec\n  - ottawa\n");
        WriteNames("en", "regions.yaml", "us:\n  - ottawa\n");

        var problem = Assert.Single(Problems());

        Assert.StartsWith($"{fr}:3: 'ottawa' names both us (en/names/regions.yaml:2) and canada", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_that_is_also_a_covered_career_or_a_place_is_reported()
    {
        WriteNames("en", "regions.yaml", "bc:\n  - victoria\n");
        var jobs = WriteNames("en", "occupations.yaml", "jobs:\n  - nurse\n  - alpha testers\n  - Victoria\n  - nurses\n");

        var problems = Problems();

        Assert.Equal(3, problems.Count);
        Assert.Contains($"{jobs}:3: 'alpha testers' is a name of the covered career 'alpha-tester'; remove it here or there", problems);
        Assert.Contains($"{jobs}:4: 'Victoria' is also a place in bc; one name may mean one thing", problems);
        Assert.Contains(problems, p => p.StartsWith($"{jobs}:5: 'nurses' is listed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_yaml_an_unknown_file_section_or_region_and_a_two_way_shortening_are_reported()
    {
        var broken = WriteNames("en", "regions.yaml", "bc:\n  - victoria\n  - [unclosed\n");
        var unknown = WriteNames("en", "places.yaml", "bc: []\n");
        var section = WriteNames("fr", "occupations.yaml", "métiers:\n  - dentiste\n");
        var region = WriteNames("fr", "regions.yaml", "narnia:\n  - cair paravel\n");
        var shortening = WriteNames("fr", "shortenings.yaml", "tech: technician\nTech: technologie\n");

        var problems = Problems();

        Assert.Contains(problems, p => p.StartsWith($"{broken}:", StringComparison.Ordinal) && p.Contains("broken YAML", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{unknown}:1: unknown names file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{section}:1: unknown section 'métiers'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{region}:1: unknown section 'narnia' (expected bc, alberta, canada, us, ontario,", StringComparison.Ordinal));
        Assert.Contains($"{shortening}:2: 'tech' already means 'technician' (fr/names/shortenings.yaml:1)", problems);
    }

    [Fact]
    public async Task An_edited_place_list_is_used_after_the_reload()
    {
        WriteNames("en", "regions.yaml", "alberta:\n  - calgary\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: true);
        var reloaded = new TaskCompletionSource();
        knowledge.Reloaded += (_, _) => reloaded.TrySetResult();
        Assert.Null(knowledge.FindMentions("salary in red deer").Region);

        WriteNames("en", "regions.yaml", "alberta:\n  - calgary\n  - red deer\n");
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("alberta", knowledge.FindMentions("salary in red deer").Region);
    }

    [Fact]
    public void The_shipped_lists_name_the_places_and_jobs_students_type_in_both_languages()
    {
        using var knowledge = new KnowledgeBase(RepositoryPaths.Knowledge, watchForChanges: false);

        Assert.Equal("bc", knowledge.FindMentions("salaire en Colombie-Britannique").Region);
        Assert.Equal("bc", knowledge.FindMentions("et en C.-B.?").Region);
        Assert.Equal("us", knowledge.FindMentions("aux États-Unis").Region);
        Assert.Equal("registered-nurses", knowledge.FindMentions("combien gagne une infirmière").Careers.Single());
        Assert.Equal(["dentists-general"], knowledge.FindMentions("how much do dentists make").Careers);
        Assert.Equal("youtuber", knowledge.FindMentions("how much do youtubers make").Occupation);
        Assert.Equal(["computer-systems-engineer"], knowledge.FindMentions("c quoi le salaire d'un ingé réseau").Careers);
    }

    private string WriteNames(string language, string file, string text)
    {
        var dir = Path.Combine(folder.Root, "language", language, "names");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, file);
        File.WriteAllText(path, text);
        return path;
    }

    private List<string> Problems() => KnowledgeFolderLoader.Load(folder.Root).Problems.Select(p => p.ToString()).ToList();
}
