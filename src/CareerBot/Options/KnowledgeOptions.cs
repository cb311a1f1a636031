namespace CareerBot.Options;

/// <summary>The "Knowledge" section: where the career files live.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The career folder; a relative path is relative to the content root (the repository root when run from source).</summary>
    public string Folder { get; set; } = "knowledge";

    public string ResolveFolder(string contentRoot) => Path.GetFullPath(Path.IsPathRooted(Folder) ? Folder : Path.Combine(contentRoot, Folder));
}
