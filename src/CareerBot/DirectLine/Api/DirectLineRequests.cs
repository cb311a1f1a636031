using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine.Api;

/// <summary>Reads and checks the parts of a Direct Line request a client controls.</summary>
public static partial class DirectLineRequests
{
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={Uri.EscapeDataString(watermark ?? "")}&t={Uri.EscapeDataString(token)}";
    }

    /// <summary>Parses a watermark; empty means "from the start". False when it is not a number.</summary>
    public static bool TryParseWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }

        return false;
    }

    public static bool IsValidUserId(string? id) => id is not null && UserIdPattern().IsMatch(id);

    /// <summary>Reads a JSON body of at most <paramref name="maxBytes"/>; an empty body gives default.</summary>
    public static async Task<(T? Value, IResult? Failure)> ReadJsonAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (default, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (default, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (default, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BotJson.InboundOptions), null);
        }
        catch (JsonException)
        {
            return (default, DirectLineError.BadArgument("The body is not valid JSON for this call."));
        }
    }

    private static IResult TooLarge(int maxBytes) => DirectLineError.Result(
        StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.TooLarge, $"The body is larger than {maxBytes} bytes.");

    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
