namespace CareerBot.Cli;

/// <summary>The command-line commands (ask, check, chat, teams-package); with none of them the host serves.</summary>
public static class CliApp
{
    /// <summary>Runs the command named by <paramref name="args"/>; null when the args name no command.</summary>
    public static Task<int?> TryRunAsync(string[] args) => Task.FromResult<int?>(null);
}
