using System.Globalization;
using System.Text;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Understanding.Learning;

/// <summary>
/// Turns a message into hashed features for the learned models: words and word pairs (after the catalogue's canonical
/// tokenizer, with career, region and job names masked), character 3–5-grams inside each word (so typos and
/// inflections still share most features with the right word), and a few shape features (question mark, length,
/// how many careers are named). The words come folded (<see cref="Knowledge.Matching.TextFolding"/>), so "écoles" and
/// "ecoles" are one word.
/// </summary>
public static class TextFeatures
{
    private const int MinGram = 3;
    private const int MaxGram = 5;

    /// <summary>Feature hashes, distinct. <paramref name="rawText"/> supplies the punctuation the tokenizer drops.</summary>
    public static ulong[] Extract(Mentions mentions, string rawText)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var words = mentions.Words.Where(w => w.Length > 0).ToArray();
        var features = new HashSet<ulong>();
        var previous = "^";
        foreach (var word in words)
        {
            features.Add(Hash('w', word));
            features.Add(Hash('b', previous, word));
            previous = word;
            if (word.Length >= MinGram && !IsPlaceholder(word))
            {
                AddCharGrams(features, word);
            }
        }

        features.Add(Hash('b', previous, "$"));
        features.Add(Hash('l', words.Length switch { 0 => "0", 1 => "1", 2 => "2", <= 4 => "3-4", <= 8 => "5-8", _ => "9+" }));
        features.Add(Hash('c', mentions.Careers.Count switch { 0 => "0", 1 => "1", _ => "2+" }));
        if (rawText.Contains('?', StringComparison.Ordinal))
        {
            features.Add(Hash('p', "?"));
        }

        for (var i = 0; i < rawText.Length; i++)
        {
            // Emoji and symbols ("👍", "😡", "$$$") say a lot in a short message; the tokenizer drops them.
            if (char.IsSurrogatePair(rawText, i))
            {
                features.Add(Hash('e', rawText.AsSpan(i, 2)));
                i++;
            }
            else if (char.IsSymbol(rawText[i]))
            {
                features.Add(Hash('e', rawText.AsSpan(i, 1)));
            }
        }

        if (rawText.Any(char.IsDigit))
        {
            features.Add(Hash('d', "digit"));
        }

        return [.. features];
    }

    private static bool IsPlaceholder(string word) =>
        word is Mentions.CareerWord or Mentions.RegionWord or Mentions.OccupationWord;

    private static void AddCharGrams(HashSet<ulong> features, string word)
    {
        var padded = $"<{word}>";
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                features.Add(Hash('g', padded.AsSpan(i, n)));
            }
        }
    }

    private static ulong Hash(char kind, ReadOnlySpan<char> text) => Mix(Mix(Offset, kind), text);

    private static ulong Hash(char kind, string first, string second) => Mix(Mix(Mix(Mix(Offset, kind), first), '\u0001'), second);

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * Prime;

    private static ulong Mix(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
