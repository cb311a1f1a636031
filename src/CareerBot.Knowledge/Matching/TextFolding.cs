using System.Text;

namespace CareerBot.Knowledge.Matching;

/// <summary>
/// The one way CareerBot compares words across its parts: lower case without accents, so "États-Unis", "etats unis"
/// and "ÉTATS UNIS" are the same words to the name matcher, the learned models and the corpus checks.
/// </summary>
/// <remarks>
/// The app runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose accented
/// letters; the Latin letters French and English students type are therefore mapped here, and combining marks
/// (typed as a separate character after the letter) are dropped.
/// </remarks>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainLower(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (Base(lower) is { } plain)
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }

    /// <summary>The unaccented form of a lower-case letter, or null when it has none to lose.</summary>
    private static string? Base(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => "a",
        'ç' or 'ć' or 'č' => "c",
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => "e",
        'ì' or 'í' or 'î' or 'ï' or 'ī' or 'į' => "i",
        'ñ' or 'ń' or 'ň' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => "o",
        'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => "u",
        'ý' or 'ÿ' => "y",
        'ś' or 'š' => "s",
        'ź' or 'ż' or 'ž' => "z",
        'ł' => "l",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => null,
    };

    private static bool IsPlainLower(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAscii(c) || char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
