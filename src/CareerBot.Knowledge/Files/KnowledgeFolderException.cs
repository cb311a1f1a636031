namespace CareerBot.Knowledge.Files;

/// <summary>A knowledge folder that cannot be served at all (a broken or missing catalogue file), with every such
/// problem as <c>file:line: problem</c>.</summary>
public sealed class KnowledgeFolderException : Exception
{
    public KnowledgeFolderException(IReadOnlyList<KnowledgeProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    public KnowledgeFolderException()
        : this([])
    {
    }

    public KnowledgeFolderException(string message)
        : base(message)
    {
        Problems = [];
    }

    public KnowledgeFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<KnowledgeProblem> Problems { get; }
}
