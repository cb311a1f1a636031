using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Storage.Sqlite;

namespace CareerBot.Benchmarks;

/// <summary>
/// Times the counsellors' console pages of a real <c>careerbot</c> process whose SQLite store holds 100,000 kept
/// questions and 90 days of counts (written in the store's own document shapes before the process starts).
/// </summary>
internal static class ConsoleBench
{
    private const int Questions = 100_000;
    private const int Days = 90;
    private const int Runs = 10;
    private const string Key = "console-benchmark-access-key";

    public static async Task RunAsync(string careerbot, string repository)
    {
        Console.WriteLine($"## counsellors' console with {Questions:N0} kept questions and {Days} days of counts (SQLite)");
        if (!File.Exists(careerbot))
        {
            Console.WriteLine($"skipped: {careerbot} not found (build it: dotnet build src/CareerBot -c Release)");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("careerbot-console-bench").FullName;
        try
        {
            var database = Path.Combine(folder, "careerbot.db");
            var seeding = Stopwatch.StartNew();
            await SeedAsync(database);
            Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:F1} s; database {new FileInfo(database).Length / 1024.0 / 1024.0:F0} MB");
            await MeasureAsync(careerbot, repository, database);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task SeedAsync(string database)
    {
        using var storage = new SqliteStorage(database);
        var now = DateTimeOffset.UtcNow;
        var topics = new[] { "salary", "education", "duties", "steps", "outlook", "employers" };
        for (var start = 0; start < Questions; start += 1000)
        {
            var batch = new Dictionary<string, StoreItem>();
            for (var i = start; i < start + 1000; i++)
            {
                var at = now.AddMinutes(-i * (Days * 24 * 60.0 / Questions));
                var id = $"{at:yyyy-MM-dd}/{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{i:x8}";
                batch[(i % 10 == 0 ? "insights/handled/" : "insights/questions/") + id] = StoreItem.New(new JsonObject
                {
                    ["id"] = id, ["at"] = at.ToString("O", CultureInfo.InvariantCulture), ["text"] = $"how much does a zookeeper number {i} make?",
                    ["reason"] = "unanswered", ["topic"] = topics[i % topics.Length], ["intent"] = "Question", ["confidence"] = 0.41, ["language"] = "en",
                    ["handled"] = i % 10 == 0,
                });
            }

            await storage.WriteAsync(batch);
        }

        var days = new Dictionary<string, StoreItem>();
        for (var d = 0; d < Days; d++)
        {
            days[$"insights/days/{DateOnly.FromDateTime(now.UtcDateTime).AddDays(-d):yyyy-MM-dd}"] = StoreItem.New(new JsonObject
            {
                ["conversations"] = 300 + d, ["questions"] = 1100, ["unanswered"] = Questions / Days,
                ["questionsByTopic"] = new JsonObject { ["salary"] = 400, ["education"] = 300, ["duties"] = 400 },
                ["questionsByCareer"] = new JsonObject { ["it-manager"] = 500, ["it-analyst"] = 600 },
                ["fitChecksStarted"] = new JsonObject { ["it-service-manager"] = 40 },
                ["fitChecksFinished"] = new JsonObject { ["it-service-manager"] = new JsonObject { ["strong"] = 10, ["moderate"] = 15, ["weak"] = 5 } },
                ["helpful"] = 70, ["notHelpful"] = 20, ["handoffsRequested"] = 3,
            });
        }

        await storage.WriteAsync(days);
    }

    private static async Task MeasureAsync(string careerbot, string repository, string database)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(careerbot) { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["Storage__Kind"] = "sqlite";
        info.Environment["Storage__SqlitePath"] = database;
        info.Environment["Counselling__AccessKey"] = Key;
        info.Environment["Counselling__RetentionDays"] = "120"; // keep all 90 seeded days: the purge runs at start
        info.Environment["Host__Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            };
            await WaitReadyAsync(http);
            using var signIn = await http.PostAsync("counsellor/sign-in", new FormUrlEncodedContent([new("key", Key)]));
            if (signIn.StatusCode != HttpStatusCode.Redirect)
            {
                Console.WriteLine($"failed: sign-in answered {(int)signIn.StatusCode}");
                return;
            }

            // The newest open question's "add as an example" page, as a counsellor reaches it from the list.
            var list = await http.GetStringAsync("counsellor/questions");
            var example = System.Text.RegularExpressions.Regex.Match(list, "href=\"/(counsellor/questions/example\\?id=[^\"]+)\"").Groups[1].Value;
            foreach (var page in new[] { "counsellor?days=90", "counsellor/questions", "counsellor/questions?page=1700", "counsellor/questions?all=1&page=1999", example, "counsellor/export.csv?days=90" })
            {
                var times = new List<double>();
                long bytes = 0;
                for (var run = 0; run <= Runs; run++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await http.GetAsync(page);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    clock.Stop();
                    if (!response.IsSuccessStatusCode)
                    {
                        Console.WriteLine($"{page}: failed with {(int)response.StatusCode}");
                        break;
                    }

                    bytes = body.Length;
                    if (body.Length < 4096)
                    {
                        Console.WriteLine($"{page}: failed, the page has no questions ({body.Length} bytes)");
                        break;
                    }

                    if (run > 0)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                if (times.Count == Runs)
                {
                    times.Sort();
                    Console.WriteLine($"/{page}: median {times[Runs / 2]:F0} ms, max {times[^1]:F0} ms over {Runs} loads (after one warm-up), {bytes / 1024.0:F0} KB");
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task WaitReadyAsync(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var health = await http.GetAsync("healthz");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("careerbot did not become ready in 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
