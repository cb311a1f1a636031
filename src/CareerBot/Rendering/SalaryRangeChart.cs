using System.Collections.Concurrent;
using System.Globalization;
using CareerBot.Teams;

namespace CareerBot.Rendering;

/// <summary>
/// A salary range at a glance, drawn by the bot: a bar from the low to the high figure on a scale from 0, and a mark at
/// the median. Served as PNG (which Teams and Web Chat both show) from the figures in its address, so it holds no
/// student data and any cache may keep it.
/// </summary>
public static class SalaryRangeChart
{
    public const string Path = "/charts/salary-range.png";
    public const int Width = 320;
    public const int Height = 28;

    private const int MaxCached = 256;
    private const uint Track = 0xE6E6E6FF;
    private const uint Range = 0x8DB4E2FF;
    private const uint Median = 0x0B3E7AFF;

    private static readonly ConcurrentDictionary<(long, long, long), byte[]> Drawn = new();

    /// <summary>The chart's address under <paramref name="host"/> for the three figures.</summary>
    public static Uri Address(Uri host, decimal low, decimal median, decimal high)
    {
        ArgumentNullException.ThrowIfNull(host);
        string N(decimal v) => decimal.Round(v).ToString(CultureInfo.InvariantCulture);
        return new Uri(host, $"{Path.TrimStart('/')}?low={N(low)}&median={N(median)}&high={N(high)}");
    }

    /// <summary>The PNG, or null when the figures are not a range (low ≤ median ≤ high, all positive, under 10 million).</summary>
    public static byte[]? Png(long low, long median, long high)
    {
        if (low <= 0 || low > median || median > high || high >= 10_000_000)
        {
            return null;
        }

        if (Drawn.TryGetValue((low, median, high), out var cached))
        {
            return cached;
        }

        var image = new PngImage(Width, Height);
        var scale = (Width - 1) / (high * 1.1);
        int X(long amount) => (int)Math.Round(amount * scale);
        var (from, to, mark) = (X(low), X(high), X(median));
        image.Fill((x, y) => y is >= 10 and < 18 ? Track : null);
        image.Fill((x, y) => y is >= 8 and < 20 && x >= from && x <= to ? Range : null);
        image.Fill((x, y) => Math.Abs(x - mark) <= 1 ? Median : null);
        var png = image.Encode();
        if (Drawn.Count < MaxCached)
        {
            Drawn.TryAdd((low, median, high), png);
        }

        return png;
    }
}
