using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>The JSON settings of the wire: camelCase, nulls omitted (as the official SDKs do), lenient on read.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = 64,
        };
        options.Converters.Add(new IsoDateTimeOffsetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
