namespace CareerBot.Advisor.Replies;

/// <summary>« de » before a word: « d' » before a vowel or a mute h (« le métier d'analyste », « d'hygiéniste »).</summary>
public static class FrenchElision
{
    public static string De(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && "aeiouyhàâäéèêëîïôöùûüAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜ".Contains(word[0], StringComparison.Ordinal)
            ? "d'" + word
            : "de " + word;
    }
}
