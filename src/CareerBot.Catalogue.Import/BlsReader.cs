namespace CareerBot.Catalogue.Import;

/// <summary>Reads BLS OEWS May 2024 (national, detailed occupations) and Employment Projections 2024–34 (Table 1.2 line
/// items) into catalogue rows keyed by SOC code.</summary>
internal static class BlsReader
{
    private static readonly Dictionary<string, string> EducationCodes = new(StringComparer.Ordinal)
    {
        ["No formal educational credential"] = "none",
        ["High school diploma or equivalent"] = "high-school",
        ["Some college, no degree"] = "some-college",
        ["Postsecondary nondegree award"] = "postsecondary-nondegree",
        ["Associate's degree"] = "associate",
        ["Bachelor's degree"] = "bachelor",
        ["Master's degree"] = "master",
        ["Doctoral or professional degree"] = "doctoral-professional",
    };

    private static readonly Dictionary<string, string> ExperienceCodes = new(StringComparer.Ordinal)
    {
        ["None"] = "none",
        ["Less than 5 years"] = "under-5-years",
        ["5 years or more"] = "5-years-or-more",
    };

    private static readonly Dictionary<string, string> TrainingCodes = new(StringComparer.Ordinal)
    {
        ["None"] = "none",
        ["Short-term on-the-job training"] = "short-term-ojt",
        ["Moderate-term on-the-job training"] = "moderate-term-ojt",
        ["Long-term on-the-job training"] = "long-term-ojt",
        ["Internship/residency"] = "internship-residency",
        ["Apprenticeship"] = "apprenticeship",
    };

    public static SortedDictionary<string, string[]> ReadWages(string path)
    {
        var rows = XlsxSheet.Read(path, "national_M2024_dl");
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        var wageColumns = new[] { "H_MEAN", "A_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90" }
            .Select(Col).ToArray();
        var result = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var r in rows.Skip(1).Where(r => r[Col("O_GROUP")] == "detailed"))
        {
            var cells = new List<string> { r[Col("OCC_CODE")], Clean(r[Col("OCC_TITLE")]), Number(r[Col("TOT_EMP")]) };
            cells.AddRange(wageColumns.Select(c => Wage(r[c])));
            result[r[Col("OCC_CODE")]] = [.. cells];
        }

        return result;
    }

    public static SortedDictionary<string, string[]> ReadOutlook(string path)
    {
        var rows = XlsxSheet.Read(path, "Table 1.2");
        var result = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var r in rows.Skip(2).Where(r => r.Length > 14 && r[2] == "Line item"))
        {
            var (education, educationCode) = Category(r[12], EducationCodes);
            var (experience, experienceCode) = Category(r[13], ExperienceCodes);
            var (training, trainingCode) = Category(r[14], TrainingCodes);
            result[r[1]] = [r[1], Clean(r[0]), Number(r[3]), Number(r[4]), Number(r[8]), Number(r[10]),
                educationCode, education, experienceCode, experience, trainingCode, training];
        }

        return result;
    }

    private static (string Label, string Code) Category(string cell, Dictionary<string, string> codes)
    {
        var label = cell.Replace('\u2019', '\'');
        if (label is "" or "—")
        {
            return (string.Empty, string.Empty);
        }

        return codes.TryGetValue(label, out var code)
            ? (label, code)
            : throw new InvalidDataException($"BLS category '{cell}' has no code; add it to {nameof(BlsReader)}");
    }

    /// <summary>OEWS markers are kept as flags: <c>#</c> top-coded, <c>*</c> (or <c>**</c>) no estimate.</summary>
    private static string Wage(string cell) => cell switch
    {
        "#" => "#",
        _ when cell.Length > 0 && cell.All(c => c == '*') => "*",
        _ => Number(cell),
    };

    private static string Number(string cell) =>
        decimal.TryParse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty;

    private static string Clean(string text) => Knowledge.Occupations.CatalogueCells.Clean(text);
}
