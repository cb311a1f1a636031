namespace CareerBot.Knowledge.Files;

/// <summary>One thing wrong in the knowledge folder, printed as <c>file:line: message</c>.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
