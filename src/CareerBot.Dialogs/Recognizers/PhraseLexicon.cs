using System.Reflection;
using System.Text.Json;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Phrases mapped to values ("yeah" → yes, "pas vraiment" → 2), loaded from a JSON data file. Matching finds
/// every phrase that occurs as whole words in the message and keeps the longest, so "not really" beats "really".
/// </summary>
public sealed class PhraseLexicon
{
    /// <summary>The value of phrases that make an answer deliberately unclear ("not sure"): they match, and yield nothing.</summary>
    public const string Unclear = "unclear";

    private readonly List<(string[] Tokens, string Value)> _phrases;

    public PhraseLexicon(IReadOnlyDictionary<string, IReadOnlyList<string>> phrasesByValue)
    {
        ArgumentNullException.ThrowIfNull(phrasesByValue);
        _phrases = phrasesByValue
            .SelectMany(entry => entry.Value.Select(phrase => (Tokens: TextNormalizer.Tokenize(phrase).ToArray(), Value: entry.Key)))
            .Where(p => p.Tokens.Length > 0)
            .ToList();
    }

    public int Count => _phrases.Count;

    /// <summary>Loads an embedded data file such as "yesno.en.json": <c>{ "value": ["phrase", …], … }</c>.</summary>
    public static PhraseLexicon FromResource(string fileName)
    {
        var assembly = typeof(PhraseLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The lexicon '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        var data = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stream)
            ?? throw new InvalidOperationException($"The lexicon '{fileName}' is empty.");
        return new PhraseLexicon(data.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value));
    }

    /// <summary>
    /// The value of the longest phrase found in <paramref name="tokens"/>; null when nothing matches, when the longest
    /// match is an "unclear" phrase, or when equally long phrases disagree ("yes and no").
    /// </summary>
    public string? Match(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var bestLength = 0;
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, value) in _phrases)
        {
            if (phrase.Length < bestLength || !Occurs(phrase, tokens))
            {
                continue;
            }

            if (phrase.Length > bestLength)
            {
                bestLength = phrase.Length;
                values.Clear();
            }

            values.Add(value);
        }

        return values.Count == 1 && !values.Contains(Unclear) ? values.First() : null;
    }

    private static bool Occurs(string[] phrase, IReadOnlyList<string> tokens)
    {
        for (var start = 0; start + phrase.Length <= tokens.Count; start++)
        {
            var i = 0;
            while (i < phrase.Length && tokens[start + i] == phrase[i])
            {
                i++;
            }

            if (i == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
