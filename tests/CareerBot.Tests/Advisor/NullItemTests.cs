using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Tests.Advisor.Infrastructure;
using CareerBot.Tests.Host;

namespace CareerBot.Tests.Advisor;

/// <summary>JSON allows null items in an activity's lists; the advisor ignores them instead of failing with an apology.</summary>
[Collection(AdvisorCollection.Name)]
public sealed class NullItemTests(AdvisorHost host)
{
    [Fact]
    public async Task A_member_list_with_a_null_in_it_still_gets_the_welcome()
    {
        var update = Activities.Message("null-members-" + Guid.NewGuid().ToString("N")[..8], "", "student-n", type: "conversationUpdate");
        update.Remove("text");
        update["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = "student-n" });
        update["membersRemoved"] = new JsonArray((JsonNode?)null);

        var texts = await PostAsync(update);

        Assert.Contains(texts, t => t.StartsWith("Hi, I'm CareerBot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_with_null_attachments_and_entities_is_answered()
    {
        var message = Activities.Message("null-items-" + Guid.NewGuid().ToString("N")[..8], "how much do IT managers make?");
        message["attachments"] = new JsonArray((JsonNode?)null);
        message["entities"] = new JsonArray(null, null);

        var texts = await PostAsync(message);

        Assert.Contains(texts, t => t.StartsWith("Salary figures for IT Manager", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("went wrong", StringComparison.Ordinal));
    }

    private async Task<string[]> PostAsync(JsonObject activity)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. body["activities"]!.AsArray().Select(a => (string?)a!["text"]).OfType<string>()];
    }
}
