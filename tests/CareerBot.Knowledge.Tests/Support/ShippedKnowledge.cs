namespace CareerBot.Knowledge.Tests.Support;

/// <summary>One knowledge base over the shipped career files, shared by the tests that only read it.</summary>
public sealed class ShippedKnowledge : IDisposable
{
    public KnowledgeBase Knowledge { get; } = new(RepositoryPaths.Knowledge, watchForChanges: false);

    public void Dispose() => Knowledge.Dispose();
}
