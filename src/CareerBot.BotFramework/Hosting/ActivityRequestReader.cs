using System.Buffers;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Reads and checks the inbound activity: JSON content type, bounded body, parseable, the fields a turn needs.</summary>
internal static class ActivityRequestReader
{
    public static async Task<(Activity? Activity, HttpError? Error)> ReadAsync(
        HttpRequest request, BotFrameworkHttpOptions options, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new HttpError(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Send activities with POST."));
        }

        if (!IsJson(request.ContentType))
        {
            return (null, new HttpError(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Content-Type must be application/json."));
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return (null, TooLarge(options));
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, options.MaxBodyBytes) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > options.MaxBodyBytes)
                    {
                        return (null, TooLarge(options));
                    }

                    buffer = Grow(buffer, length, options.MaxBodyBytes + 1);
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return length > options.MaxBodyBytes ? (null, TooLarge(options)) : Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Activity?, HttpError?) Parse(ReadOnlySpan<byte> body, BotFrameworkHttpOptions options)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.InboundOptions)?.WithoutNullItems();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
        {
            // The exception text can quote the body; it stays out of the answer and the logs.
            return (null, HttpError.BadRequest("The body is not valid activity JSON."));
        }

        var problem = activity switch
        {
            null => HttpError.BadRequest("The body is not a JSON activity object."),
            { Type: null or "" } => HttpError.BadRequest("The activity has no 'type'."),
            { Conversation: null } or { Conversation.Id: null or "" } => HttpError.BadRequest("The activity has no 'conversation.id'."),
            { ServiceUrl: null or "" } => HttpError.BadRequest("The activity has no 'serviceUrl'."),
            _ when !IsHttpUrl(activity.ServiceUrl) => HttpError.BadRequest("The activity's 'serviceUrl' is not an absolute http(s) URL."),
            _ when activity.Text?.Length > options.MaxTextLength =>
                HttpError.TooLarge($"The activity's 'text' is longer than {options.MaxTextLength} characters."),
            _ => null,
        };
        return problem is null ? (activity, null) : (null, problem);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static HttpError TooLarge(BotFrameworkHttpOptions options) =>
        HttpError.TooLarge($"The body is larger than {options.MaxBodyBytes} bytes.");

    private static byte[] Grow(byte[] buffer, int length, int cap)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, cap));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
