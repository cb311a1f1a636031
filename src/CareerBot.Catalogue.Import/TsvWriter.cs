using System.Text;

namespace CareerBot.Catalogue.Import;

/// <summary>Writes a catalogue TSV deterministically: header line, rows as given, <c>\n</c> line ends, UTF-8 without BOM.</summary>
internal static class TsvWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(string folder, string fileName, string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(1 << 20);
        text.Append(string.Join('\t', header)).Append('\n');
        var count = 0;
        foreach (var row in rows)
        {
            if (row.Length != header.Length)
            {
                throw new InvalidOperationException($"{fileName}: row has {row.Length} cells, header {header.Length}");
            }

            text.Append(string.Join('\t', row)).Append('\n');
            count++;
        }

        File.WriteAllText(Path.Combine(folder, fileName), text.ToString(), Utf8NoBom);
        return count;
    }
}
