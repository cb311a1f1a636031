using System.Diagnostics;

namespace CareerBot.BotFramework.Tests.Storage;

/// <summary>
/// Starts Azurite's Blob service (npm package pinned in tests/tools) on a free loopback port for one test class,
/// and stops it afterwards. Missing Node.js or Azurite fails the tests with a message saying what to install.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // The emulator's published development account; it grants access to nothing but a local Azurite.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();
    private readonly List<string> _output = [];
    private Process? _process;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var node = FindOnPath("node") ?? throw new InvalidOperationException(
            "Node.js ('node') is not on PATH: the Blob storage tests run the Azurite emulator with it. " +
            "Install Node.js, then run 'bash tests/tools/setup.sh'.");
        var main = Path.Combine(RepositoryRoot(), "tests", "tools", "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException($"Azurite is not installed ({main} is missing): run 'bash tests/tools/setup.sh'.");
        }

        var port = FreePorts.Next();
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { main, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--location", _folder.Path, "--silent", "--skipApiVersionCheck", "--loose" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var endpoint = $"http://127.0.0.1:{port}/devstoreaccount1";
        await WaitUntilAnsweringAsync(endpoint);
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};BlobEndpoint={endpoint};";
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _folder.Dispose();
    }

    private async Task WaitUntilAnsweringAsync(string endpoint)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartLimit)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}: {Output()}");
            }

            try
            {
                // Any HTTP answer (even 403 for an unsigned request) means the service is up.
                using var _ = await http.GetAsync($"{endpoint}?comp=list");
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"Azurite did not answer within {StartLimit.TotalSeconds} s: {Output()}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output.TakeLast(20));
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { Path.Combine(folder, program), Path.Combine(folder, program + ".exe") })
            .FirstOrDefault(File.Exists);

    private static string RepositoryRoot() => Testing.RepositoryRoot.Folder;
}
