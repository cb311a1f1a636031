using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// A throw-away copy of the repository's knowledge folder, for tests that write to it, with an evaluation set of the
/// test's own beside it (as eval/ sits beside knowledge/ in the repository).
/// </summary>
public sealed class KnowledgeCopy : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "careerbot-copy-" + Guid.NewGuid().ToString("N")[..12]);

    public KnowledgeCopy()
    {
        Folder = Path.Combine(root, "knowledge");
        Testing.FolderCopy.Copy(Path.Combine(CareerBotServer.RepositoryRoot(), "knowledge"), Folder);
        Directory.CreateDirectory(Path.Combine(root, "eval", "test"));
    }

    public string Folder { get; }

    /// <summary>Adds a message to the test's evaluation set, which training must never hold.</summary>
    public void AddEvaluationMessage(string language, string text, string topic)
    {
        var file = Path.Combine(root, "eval", "test", language, "messages.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.AppendAllText(file, $"- text: \"{text}\"\n  intent: question\n  topic: {topic}\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the system later.
        }
    }
}
