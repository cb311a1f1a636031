using System.Globalization;
using System.Text;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Reduces a message to comparable tokens: lower case, accents removed, punctuation dropped,
/// emoji kept as tokens of their own ("Bien sûr ! 👍" → ["bien", "sur", "👍"]).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text) => string.Join(' ', Tokenize(text));

    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = new List<string>();
        var current = new StringBuilder();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(decomposed, i);
            var width = char.IsSurrogatePair(decomposed, i) ? 2 : 1;
            if (category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber)
            {
                current.Append(char.ToLowerInvariant(decomposed[i]));
            }
            else if (category == UnicodeCategory.OtherSymbol)
            {
                Flush(tokens, current);
                tokens.Add(decomposed.Substring(i, width));
            }
            else if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.ModifierSymbol))
            {
                // Spaces, punctuation and the rest separate words; accents, joiners and skin tones vanish.
                Flush(tokens, current);
            }

            i += width - 1;
        }

        Flush(tokens, current);
        return tokens;
    }

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
