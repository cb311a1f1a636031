using CareerBot.Knowledge;

namespace CareerBot.Understanding.Tests;

/// <summary>Understanding trained once from the repository's own knowledge folder, shared by the tests of a class.</summary>
public sealed class TrainedUnderstanding : IDisposable
{
    public TrainedUnderstanding()
    {
        Knowledge = new KnowledgeBase(Repository.Knowledge, watchForChanges: false);
        Service = new UnderstandingService(Knowledge, watchForChanges: false);
    }

    public KnowledgeBase Knowledge { get; }

    public UnderstandingService Service { get; }

    public void Dispose()
    {
        Service.Dispose();
        Knowledge.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class TrainedCollection : ICollectionFixture<TrainedUnderstanding>
{
    public const string Name = "trained";
}

/// <summary>The repository's folders, found from the test output.</summary>
public static class Repository
{
    public static string Root { get; } = Testing.RepositoryRoot.Folder;

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string HeldOut => Path.Combine(Root, "eval", "heldout");

    /// <summary>The second evaluation set: unseen messages, but read for misses once (see its README).</summary>
    public static string Fresh => Path.Combine(Root, "eval", "fresh");

    /// <summary>Questions about any occupation, labelled with SOC codes (eval/occupations: a development set since its
    /// first run, see its README; eval/occupations-b stays unread).</summary>
    public static string Occupations => Path.Combine(Root, "eval", "occupations");

    public static string OccupationsUnread => Path.Combine(Root, "eval", "occupations-b");
}
