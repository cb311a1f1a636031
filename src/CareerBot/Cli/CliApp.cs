using System.Reflection;

namespace CareerBot.Cli;

/// <summary>Dispatches <c>careerbot &lt;command&gt; ...</c> to the matching <see cref="ICliCommand"/>; with no command the host serves.</summary>
public static class CliApp
{
    private static readonly Lazy<IReadOnlyList<ICliCommand>> Commands = new(Discover);

    public static IReadOnlyList<ICliCommand> All => Commands.Value;

    /// <summary>Runs the command named by <paramref name="args"/>; null when the args name no command (the host starts).</summary>
    public static Task<int?> TryRunAsync(string[] args) => TryRunAsync(args, CliConsole.System(), CancellationToken.None);

    public static async Task<int?> TryRunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Length == 0 || args[0].StartsWith('-') && !IsHelp(args[0]))
        {
            return null;
        }

        if (IsHelp(args[0]))
        {
            WriteUsage(console.Out);
            return 0;
        }

        var command = All.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            console.Error.WriteLine($"careerbot: unknown command '{args[0]}'.");
            WriteUsage(console.Error);
            return 2;
        }

        try
        {
            return await command.RunAsync(args[1..], console, cancellationToken).ConfigureAwait(false);
        }
        catch (Knowledge.Files.KnowledgeFolderException ex)
        {
            console.Error.WriteLine($"careerbot {command.Name}: the knowledge folder cannot be served:");
            console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static bool IsHelp(string arg) => arg is "help" or "--help" or "-h" or "-?";

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: careerbot [command] [options]   (no command: serve the bot on http://localhost:3978)");
        foreach (var command in All)
        {
            writer.WriteLine($"  {command.Name,-15} {command.Summary}");
        }
    }

    private static IReadOnlyList<ICliCommand> Discover() =>
        [.. typeof(CliApp).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)];
}
