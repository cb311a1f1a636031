using CareerBot.Teams;

namespace CareerBot.Cli;

/// <summary><c>careerbot teams-package --app-id &lt;id&gt; --host &lt;host&gt; [--output file.zip]</c>: writes the Teams app package.</summary>
public sealed class TeamsPackageCommand : ICliCommand
{
    public const string DefaultOutput = "careerbot-teams.zip";

    private static readonly string[] Options = ["--app-id", "--host", "--output", "--name", "--version", "--color"];

    public string Name => "teams-package";

    public string Summary => "Write the Microsoft Teams app package: --app-id <id> --host <host> [--output file.zip] [--name] [--color]";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (!TryParse(args, out var values, out var problem))
        {
            return Fail(console, problem);
        }

        var settings = TeamsAppSettings.Create(
            values.GetValueOrDefault("--app-id"), values.GetValueOrDefault("--host"), values.GetValueOrDefault("--name"),
            values.GetValueOrDefault("--version"), values.GetValueOrDefault("--color"), out var error);
        if (settings is null)
        {
            return Fail(console, error!);
        }

        var output = values.GetValueOrDefault("--output") ?? DefaultOutput;
        try
        {
            TeamsPackage.WriteFile(settings, output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(console, $"could not write {output}: {exception.Message}");
        }

        console.Out.WriteLine($"Wrote {Path.GetFullPath(output)}");
        console.Out.WriteLine($"  bot {settings.AppId:D}, messaging endpoint {settings.BaseUrl}/api/messages");
        console.Out.WriteLine("  Upload it in Teams: Apps > Manage your apps > Upload an app (see docs/teams.md).");
        return Task.FromResult(0);
    }

    private static bool TryParse(IReadOnlyList<string> args, out Dictionary<string, string> values, out string problem)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = SplitOption(args, ref i);
            if (!Options.Contains(name, StringComparer.Ordinal))
            {
                problem = $"unknown option '{name}'.";
                return false;
            }

            if (value is null)
            {
                problem = $"{name} needs a value.";
                return false;
            }

            values[name] = value;
        }

        return true;
    }

    /// <summary>Accepts both "--host value" and "--host=value".</summary>
    private static (string Name, string? Value) SplitOption(IReadOnlyList<string> args, ref int index)
    {
        var arg = args[index];
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }

        if (index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            index++;
            return (arg, args[index]);
        }

        return (arg, null);
    }

    private static Task<int> Fail(CliConsole console, string message)
    {
        console.Error.WriteLine("careerbot teams-package: " + message);
        console.Error.WriteLine("Usage: careerbot teams-package --app-id <Microsoft App ID> --host <public host> [--output file.zip]");
        return Task.FromResult(2);
    }
}
