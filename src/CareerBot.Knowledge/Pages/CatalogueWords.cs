using System.Globalization;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// One language's words for the pages written from the official catalogue (<c>language/&lt;lang&gt;/catalogue/</c>):
/// the sentence templates of <c>guide.yaml</c> and CareerBot's own labels for O*NET elements, interests, job zones,
/// education categories, TEER and outlook conditions, each keyed by its official id.
/// </summary>
internal sealed class CatalogueWords
{
    private readonly IReadOnlyDictionary<string, string> texts;

    public CatalogueWords(string language, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        this.texts = texts;
    }

    public string Language { get; }

    /// <summary>Where each text is written (file and line), for reports.</summary>
    public IReadOnlyDictionary<string, (string File, int Line)> Places { get; init; } = new Dictionary<string, (string File, int Line)>();

    /// <summary>Digits only, so invariant is right: the host runs with invariant globalization (no fr-CA formats).</summary>
    public CultureInfo Culture => CultureInfo.InvariantCulture;

    public bool IsFrench => Language == "fr";

    /// <summary>The text at a dotted key ("overview.lead", "skills.2.A.1.a.name"), or null when the file has none.</summary>
    public string? Text(string key) => texts.TryGetValue(key, out var text) ? text : null;

    /// <summary>The template at <paramref name="key"/> with its placeholders filled; empty when the template is missing.</summary>
    public string Fill(string key, params (string Name, string Value)[] values)
    {
        var text = Text(key);
        if (text is null)
        {
            return string.Empty;
        }

        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>"a, b and c" / « a, b et c ».</summary>
    public string List(IReadOnlyList<string> items)
    {
        var and = Text("guide.words.and") ?? "and";
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " " + and + " " + items[^1],
        };
    }

    /// <summary>"12,300" / « 12 300 », written by hand for the same reason.</summary>
    public string Number(decimal value)
    {
        var digits = value.ToString(value % 1 == 0 ? "#,0" : "#,0.0", CultureInfo.InvariantCulture);
        return IsFrench ? digits.Replace(",", "\u00A0", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal) : digits;
    }

    /// <summary>"5.1%" / « 5,1 % ».</summary>
    public string Percent(decimal value)
    {
        var digits = value.ToString("0.#", CultureInfo.InvariantCulture);
        return IsFrench ? digits.Replace(".", ",", StringComparison.Ordinal) + "\u00A0%" : digits + "%";
    }
}
