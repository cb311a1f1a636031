using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CareerBot.Knowledge.Files;

/// <summary>Strict UTF-8 decoding that reports the line of the first invalid byte.</summary>
internal static class Utf8Text
{
    public static bool TryDecode(byte[] bytes, out string text, out int badLine)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        var buffer = new char[span.Length];
        var status = Utf8.ToUtf16(span, buffer, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            text = string.Empty;
            badLine = 1 + span[..read].Count((byte)'\n');
            return false;
        }

        text = new string(buffer, 0, written);
        badLine = 0;
        return true;
    }

    /// <summary>The text's lines (any line ending), or none when it is not UTF-8.</summary>
    public static IReadOnlyList<string> Lines(byte[] bytes) =>
        TryDecode(bytes, out var text, out _) ? text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n') : [];
}
