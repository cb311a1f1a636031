using System.Diagnostics;

namespace CareerBot.Tests.DirectLine;

/// <summary>Runs a Node.js script from tests/tools (installed there by tests/tools/setup.sh) and collects its output.</summary>
public static class NodeScript
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string toolFolder, string script, TimeSpan limit, params string[] args)
    {
        var folder = Path.Combine(WebChat.CareerBotServer.RepositoryRoot(), "tests", "tools", toolFolder);
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            Assert.Fail($"{folder}/node_modules is missing: run 'bash tests/tools/setup.sh' (it runs npm ci there).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within {limit.TotalSeconds} s:\n{await output}\n{await error}");
        }

        return (process.ExitCode, (await output) + (await error));
    }
}
