using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.Host;

/// <summary>
/// Generates bad and random requests from a fixed seed: random bytes, truncated and mutated activities, wrong field
/// types, odd content types, oversized texts, unknown types. Requests that name the protected conversation are always
/// ones that must not change it (invalid, or of a type the bot ignores).
/// </summary>
public sealed class RequestFuzzer(int seed, string protectedConversation)
{
    private static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "", "application/json; charset=latin1"];

    private static readonly JsonNode?[] OddValues =
        [null, 0, -1, 3.5, true, "", "x", new JsonArray(), new JsonObject(), new JsonArray(1, "a", null), long.MaxValue, "\u0000\uFFFF"];

    private static readonly string[] Fields =
        ["type", "id", "serviceUrl", "channelId", "from", "recipient", "conversation", "text", "deliveryMode", "timestamp",
         "attachments", "entities", "value", "suggestedActions", "membersAdded", "locale", "replyToId", "channelData"];

    private readonly Random _random = new(seed);

    public HttpRequestMessage Next()
    {
        var (body, contentType) = _random.Next(9) switch
        {
            0 => (RandomBytes(), PickContentType()),
            1 => (Truncated(), "application/json"),
            2 => (Encoding.UTF8.GetBytes(MutatedField().ToJsonString()), "application/json"),
            3 => (Encoding.UTF8.GetBytes(Valid(OtherConversation()).ToJsonString()), PickContentType()),
            4 => (Encoding.UTF8.GetBytes(UnknownType().ToJsonString()), "application/json"),
            5 => (Encoding.UTF8.GetBytes(RandomJson(4)?.ToJsonString() ?? "null"), "application/json"),
            6 => (Encoding.UTF8.GetBytes(Invalid(protectedConversation).ToJsonString()), "application/json"),
            7 => (Encoding.UTF8.GetBytes(LongText().ToJsonString()), "application/json"),
            _ => (Encoding.UTF8.GetBytes(Valid(OtherConversation()).ToJsonString()), "application/json"),
        };
        var content = new ByteArrayContent(body);
        if (MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            content.Headers.ContentType = parsed;
        }

        return new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
    }

    private string OtherConversation() => $"fuzz-{_random.Next(50)}";

    private JsonObject Valid(string conversation) => Activities.Message(conversation, $"fuzz {_random.Next()}", $"fuzz-user-{_random.Next(20)}");

    private string PickContentType() => ContentTypes[_random.Next(ContentTypes.Length)];

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 600)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Truncated()
    {
        var json = Encoding.UTF8.GetBytes(Valid(_random.Next(2) == 0 ? protectedConversation : OtherConversation()).ToJsonString());
        return json[..Math.Max(0, json.Length - 1 - _random.Next(json.Length))];
    }

    /// <summary>Some field of an activity for another conversation replaced by a value of the wrong kind.</summary>
    private JsonObject MutatedField()
    {
        var activity = Valid(OtherConversation());
        var field = Fields[_random.Next(Fields.Length)];
        activity[field] = OddValues[_random.Next(OddValues.Length)]?.DeepClone();
        return activity;
    }

    private JsonObject UnknownType()
    {
        var activity = Valid(_random.Next(2) == 0 ? protectedConversation : OtherConversation());
        activity["type"] = $"fuzzType{_random.Next(5)}";
        return activity;
    }

    /// <summary>An activity for the protected conversation that fails validation (so it must change nothing).</summary>
    private JsonObject Invalid(string conversation)
    {
        var activity = Valid(conversation);
        switch (_random.Next(4))
        {
            case 0: activity.Remove("serviceUrl"); break;
            case 1: activity.Remove("type"); break;
            case 2: activity["serviceUrl"] = "ftp://127.0.0.1/"; break;
            default: activity["text"] = new string('z', 40_000); break;
        }

        return activity;
    }

    private JsonObject LongText()
    {
        var activity = Valid(OtherConversation());
        activity["text"] = new string('w', _random.Next(30_000, 120_000));
        return activity;
    }

    private JsonNode? RandomJson(int depth) => _random.Next(depth <= 0 ? 3 : 6) switch
    {
        0 => _random.Next(),
        1 => $"s{_random.Next()}",
        2 => null,
        3 => new JsonArray(Enumerable.Range(0, _random.Next(4)).Select(_ => RandomJson(depth - 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, _random.Next(5))
            .Select(i => KeyValuePair.Create(i % 2 == 0 ? Fields[_random.Next(Fields.Length)] + i : $"k{i}", RandomJson(depth - 1)))),
    };
}
