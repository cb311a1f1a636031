using System.Net;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.Host;

/// <summary>GET /healthz says ready only once the career knowledge and the storage are both ready.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_ready_when_knowledge_is_loaded_and_storage_answers()
    {
        using var database = new TempDatabase();
        await using var host = await BotHost.StartAsync(database.Path);

        var (status, body) = await EventuallyAsync(host, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", (string?)body["status"]);
    }

    [Fact]
    public async Task Healthz_is_503_naming_knowledge_while_there_are_no_careers()
    {
        var empty = Directory.CreateTempSubdirectory("careerbot-empty-knowledge-");
        try
        {
            await using var host = await BotHost.StartAsync(null, new Dictionary<string, string?> { ["Knowledge:Folder"] = empty.FullName });

            var (status, body) = await EventuallyAsync(host, HttpStatusCode.OK);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal(["knowledge"], body["waiting"]!.AsArray().Select(n => (string?)n));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Healthz_is_503_naming_storage_while_the_store_cannot_be_reached()
    {
        await using var host = await BotHost.StartAsync(null, new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:BlobConnectionString"] =
                "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
        });

        using var response = await host.Http.GetAsync("healthz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("storage", body["waiting"]!.AsArray().Select(n => (string?)n));
    }

    /// <summary>Readiness probes run in the background; polls briefly for the wanted status and returns the last answer.</summary>
    private static async Task<(HttpStatusCode Status, JsonNode Body)> EventuallyAsync(BotHost host, HttpStatusCode wanted)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await host.Http.GetAsync("healthz");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (response.StatusCode == wanted || attempt == 50)
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(20);
        }
    }
}
