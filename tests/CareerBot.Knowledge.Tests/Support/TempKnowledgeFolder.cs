using System.Text;

namespace CareerBot.Knowledge.Tests.Support;

/// <summary>A throw-away knowledge folder (careers/ and synonyms.txt), deleted when disposed.</summary>
public sealed class TempKnowledgeFolder : IDisposable
{
    public TempKnowledgeFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "careerbot-knowledge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "careers"));
    }

    public string Root { get; }

    public string PathOf(string id) => Path.Combine(Root, "careers", id + ".md");

    public string Write(string id, string text) => WriteBytes(id, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string id, byte[] bytes)
    {
        var path = PathOf(id);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void WriteSynonyms(string text) => File.WriteAllText(Path.Combine(Root, "synonyms.txt"), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS temp cleaner gets it later.
        }
    }
}
