namespace CareerBot.Dialogs.Recognizers;

/// <summary>The languages the recognizers understand, and how a channel locale maps onto them.</summary>
public static class RecognizerCulture
{
    public const string English = "en-us";
    public const string French = "fr-fr";

    /// <summary>The recognizer culture for a locale such as "fr-CA" or "en"; English when unknown or absent.</summary>
    public static string FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    /// <summary>The locale's language first, then the other one: a bilingual student may answer in either.</summary>
    public static IReadOnlyList<string> InPreferenceOrder(string? locale) =>
        FromLocale(locale) == French ? [French, English] : [English, French];

    /// <summary>Two-letter language code ("en", "fr") used to name lexicon files.</summary>
    public static string Language(string culture) => culture[..2];
}
