using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Net;
using CareerBot.BotFramework.Tests.Storage;

namespace CareerBot.Tests.Host;

/// <summary>
/// A Redis server of its own (Debian's redis-server, installed by tests/tools/setup.d) on a free loopback port, in
/// memory only, for one test class; stopped afterwards. A missing redis-server fails the tests saying what to install.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private Process? _process;

    public string Configuration { get; private set; } = "";

    /// <summary>A key prefix of its own per test, so the tests of one class never see each other's conversations.</summary>
    public static string NewPrefix() => "test-" + Guid.NewGuid().ToString("N")[..12] + ":";

    public async Task InitializeAsync()
    {
        var server = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: run 'bash tests/tools/setup.sh' (it installs Debian's redis-server).");
        var port = FreePorts.Next();
        var start = new ProcessStartInfo(server) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Configuration = $"127.0.0.1:{port}";
        await WaitUntilAnsweringAsync(port);
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private async Task WaitUntilAnsweringAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("redis-server did not answer within 20 s.");
    }
}
