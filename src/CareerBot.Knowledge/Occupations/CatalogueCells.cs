using System.Globalization;

namespace CareerBot.Knowledge.Occupations;

/// <summary>How the catalogue spells its values in a TSV cell, one place for the importer (write) and the reader
/// (parse). Numbers are invariant; an empty cell is "not published".</summary>
public static class CatalogueCells
{
    public const string TopCoded = "#";
    public const string NoEstimate = "*";

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Wage(WageValue value) => value.Marker switch
    {
        WageMarker.TopCoded => TopCoded,
        WageMarker.NoEstimate => NoEstimate,
        WageMarker.NotPublished => string.Empty,
        _ => Number(value.Amount),
    };

    public static bool TryWage(string cell, out WageValue value)
    {
        value = cell switch
        {
            TopCoded => new WageValue(null, WageMarker.TopCoded),
            NoEstimate => new WageValue(null, WageMarker.NoEstimate),
            "" => WageValue.Missing,
            _ => TryDecimal(cell, out var amount) && amount is not null ? new WageValue(amount, WageMarker.None) : default,
        };
        return cell.Length == 0 || value.Amount is not null || value.Marker is not WageMarker.None;
    }

    public static bool TryDecimal(string cell, out decimal? value)
    {
        value = null;
        if (cell.Length == 0)
        {
            return true;
        }

        if (decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    public static bool TryDouble(string cell, out double value) =>
        double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static string Kind(TitleKind kind) => kind switch
    {
        TitleKind.OnetTitle => "onet-title",
        TitleKind.OnetAlternate => "onet-alternate",
        TitleKind.OnetReported => "onet-reported",
        TitleKind.NocUnit => "noc-unit",
        TitleKind.NocExample => "noc-example",
        TitleKind.CnpUnit => "cnp-unit",
        TitleKind.CnpExample => "cnp-example",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryKind(string cell, out TitleKind kind)
    {
        foreach (var candidate in Enum.GetValues<TitleKind>())
        {
            if (Kind(candidate) == cell)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static string Source(FrenchTitleSource source) => source switch
    {
        FrenchTitleSource.CnpExample => "cnp-example",
        FrenchTitleSource.CnpUnit => "cnp-unit",
        _ => "none",
    };

    public static bool TrySource(string cell, out FrenchTitleSource source)
    {
        source = cell switch { "cnp-example" => FrenchTitleSource.CnpExample, "cnp-unit" => FrenchTitleSource.CnpUnit, _ => FrenchTitleSource.None };
        return cell is "cnp-example" or "cnp-unit" or "none";
    }

    public static string Tier(RelatedTier tier) => tier switch
    {
        RelatedTier.PrimaryShort => "Primary-Short",
        RelatedTier.PrimaryLong => "Primary-Long",
        _ => "Supplemental",
    };

    public static string Flag(bool value) => value ? "1" : string.Empty;

    /// <summary>A cell value with no tab or line break, so a title can never split a row.</summary>
    public static string Clean(string text) =>
        string.Join(' ', text.Split(['\t', '\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
}
