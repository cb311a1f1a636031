using CareerBot.Catalogue.Import;

namespace CareerBot.Cli;

/// <summary><c>careerbot catalogue build --from &lt;data&gt; [--to knowledge/catalogue]</c>: rebuilds the occupation catalogue
/// from the official files and prints one summary line (counts and seconds).</summary>
public sealed class CatalogueCommand : ICliCommand
{
    public string Name => "catalogue";

    public string Summary => "catalogue build --from <data folder> [--to knowledge/catalogue]   rebuild the occupation catalogue";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        string? from = null;
        var to = Path.Combine("knowledge", "catalogue");
        var ok = args.Count > 0 && args[0] == "build";
        for (var i = 1; ok && i < args.Count; i += 2)
        {
            ok = i + 1 < args.Count;
            if (ok && args[i] == "--from")
            {
                from = args[i + 1];
            }
            else if (ok && args[i] == "--to")
            {
                to = args[i + 1];
            }
            else
            {
                ok = false;
            }
        }

        if (!ok || from is null)
        {
            console.Error.WriteLine("Usage: careerbot catalogue build --from <data folder> [--to <catalogue folder>]");
            return Task.FromResult(2);
        }

        from = CliPaths.Resolve(from);
        to = CliPaths.Resolve(to);
        if (!Directory.Exists(from))
        {
            console.Error.WriteLine($"careerbot catalogue: data folder '{from}' not found");
            return Task.FromResult(1);
        }

        var counts = CatalogueBuilder.Build(from, to);
        console.Out.WriteLine($"catalogue: {counts} -> {to}");
        return Task.FromResult(0);
    }
}
