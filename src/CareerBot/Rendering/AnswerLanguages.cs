using CareerBot.Rendering.Languages;

namespace CareerBot.Rendering;

/// <summary>The answer language for the student's language; English for anything not translated yet.</summary>
public static class AnswerLanguages
{
    public static AnswerLanguage For(string? language) =>
        language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? FrenchAnswers.Instance : EnglishAnswers.Instance;
}
