using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>The JSON settings of the wire: camelCase, nulls omitted (as the official SDKs do), lenient on read.</summary>
public static class BotJson
{
    /// <summary>Nesting a client may send: well under <see cref="Options"/>' 64, so whatever is accepted can always be
    /// written back inside the envelopes around it (an activity set, a stored transcript).</summary>
    public const int MaxInboundDepth = 32;

    public static JsonSerializerOptions Options { get; } = Create(64);

    /// <summary>For what arrives from outside (requests to the bot and to Direct Line): the same, with less nesting allowed.</summary>
    public static JsonSerializerOptions InboundOptions { get; } = Create(MaxInboundDepth);

    private static JsonSerializerOptions Create(int maxDepth)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = maxDepth,
        };
        options.Converters.Add(new IsoDateTimeOffsetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
