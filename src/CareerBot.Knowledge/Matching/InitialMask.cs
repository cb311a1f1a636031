namespace CareerBot.Knowledge.Matching;

/// <summary>
/// The set of first letters of some words, as bits. A phrase can only match a message (exactly or with a typo, which
/// keeps the first letter) if every first letter of the phrase is among the message's; checking that first skips
/// most of the hundreds of phrases, places and job names before any string is compared.
/// </summary>
internal static class InitialMask
{
    private const int Digits = 26;
    private const int Other = 63;

    public static ulong Of(string word) => word.Length == 0 ? 0 : 1UL << Bit(word[0]);

    public static ulong Of(IReadOnlyList<string> words)
    {
        var mask = 0UL;
        for (var i = 0; i < words.Count; i++)
        {
            mask |= Of(words[i]);
        }

        return mask;
    }

    /// <summary>True when every first letter of the phrase occurs among the message's.</summary>
    public static bool Covers(ulong message, ulong phrase) => (phrase & ~message) == 0;

    private static int Bit(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => Digits + (c - '0'),
        _ => Other,
    };
}
