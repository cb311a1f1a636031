namespace CareerBot.Cli;

/// <summary>One command-line command (<c>careerbot ask</c>, <c>check</c>, <c>chat</c>, …). Implementations are found by
/// <see cref="CliApp"/> and need a public parameterless constructor.</summary>
public interface ICliCommand
{
    /// <summary>The word that selects the command, e.g. "ask".</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the command with the arguments after its name; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}
