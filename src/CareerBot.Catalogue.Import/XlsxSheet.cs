using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace CareerBot.Catalogue.Import;

/// <summary>One worksheet of an xlsx file as rows of invariant strings: ExcelDataReader stays behind this type, and
/// numbers come out as the shortest decimal that round-trips the published value (15 significant digits).</summary>
internal static class XlsxSheet
{
    static XlsxSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static List<string[]> Read(string path, string? sheetName = null)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            if (sheetName is null || reader.Name == sheetName)
            {
                var rows = new List<string[]>(reader.RowCount);
                while (reader.Read())
                {
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = Cell(reader.GetValue(i));
                    }

                    rows.Add(cells);
                }

                return rows;
            }
        }
        while (reader.NextResult());

        throw new InvalidDataException($"{path}: no sheet '{sheetName}'");
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string text => text.Trim(),
        double number => ((decimal)number).ToString(CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
