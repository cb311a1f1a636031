namespace CareerBot.Knowledge.Tests.Support;

/// <summary>
/// The shipped knowledge folder without the official catalogue: the seven hand-written guides alone, as a school that
/// runs its own guides only would have it. The question set written for the guides is measured on it.
/// </summary>
public sealed class GuideKnowledge : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "careerbot-guides-" + Guid.NewGuid().ToString("N"));

    public GuideKnowledge()
    {
        Testing.FolderCopy.Copy(RepositoryPaths.Knowledge, root, "catalogue");
        Knowledge = new KnowledgeBase(root, watchForChanges: false);
    }

    public KnowledgeBase Knowledge { get; }

    public void Dispose()
    {
        Knowledge.Dispose();
        Directory.Delete(root, recursive: true);
    }
}
