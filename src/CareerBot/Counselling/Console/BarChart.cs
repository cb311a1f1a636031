using System.Globalization;
using System.Text;

namespace CareerBot.Counselling.Console;

/// <summary>Horizontal bar charts as inline SVG (no script, no outside library), with a title and a text equivalent for screen readers.</summary>
public static class BarChart
{
    private const int Width = 640;
    private const int Row = 22;
    private const int LabelWidth = 190;

    public static string Svg(string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            return $"<p class=\"muted\">{ConsolePage.Encode(title)}: nothing recorded yet.</p>";
        }

        var max = Math.Max(1, bars.Max(b => b.Value));
        var height = bars.Count * Row + 8;
        var summary = string.Join(", ", bars.Select(b => $"{b.Label} {b.Value}"));
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" aria-label=\"{ConsolePage.Encode(title + ": " + summary)}\">")
            .Append("<title>").Append(ConsolePage.Encode(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * Row + 4;
            var length = (int)Math.Round((Width - LabelWidth - 60) * (double)value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 14}\">{ConsolePage.Encode(Short(label))}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(1, length)}\" height=\"14\" rx=\"2\" fill=\"#0b3e7a\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 14}\">{value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Short(string label) => label.Length <= 30 ? label : label[..29] + "…";
}
