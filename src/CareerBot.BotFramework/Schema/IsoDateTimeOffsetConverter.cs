using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>
/// Writes UTC times with "Z" (as channels and the JavaScript SDK do) and keeps any other offset,
/// so "2026-11-24T19:00:00.123Z" round-trips to the same text instead of "+00:00".
/// </summary>
internal sealed class IsoDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (value.Offset == TimeSpan.Zero)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
