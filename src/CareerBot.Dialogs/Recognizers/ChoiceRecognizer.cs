using CareerBot.Dialogs.Choices;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Which of a list of choices the user picked: the exact text or a synonym, an ordinal ("the second one", "2nd",
/// "last"), its number ("2"), or enough of its words ("manager" for "IT service manager").
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly HashSet<string> Filler =
    [
        "the", "a", "an", "one", "of", "i", "want", "like", "please", "it", "is", "that", "this", "for", "my", "me", "pick",
        "choose", "take", "go", "with", "number", "option", "choice", "no", "id", "say", "ll", "d", "m",
        "le", "la", "les", "l", "un", "une", "de", "du", "des", "je", "veux", "prends", "choisis", "numero", "choix", "s", "il",
        "vous", "plait", "celle", "celui", "ci",
    ];

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return null;
        }

        return Exact(tokens, choices) ?? ByOrdinal(text!, choices, locale) ?? ByNumber(text!, tokens, choices, locale) ?? Partial(tokens, choices);
    }

    private static FoundChoice? Exact(IReadOnlyList<string> tokens, IReadOnlyList<Choice> choices)
    {
        var said = string.Join(' ', tokens);
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var name in Names(choices[i]))
            {
                if (TextNormalizer.Normalize(name) == said)
                {
                    return new FoundChoice(choices[i].Value, i, 1.0, name);
                }
            }
        }

        return null;
    }

    private static FoundChoice? ByOrdinal(string text, IReadOnlyList<Choice> choices, string? locale)
    {
        var ordinals = NumberRecognizer.RecognizeOrdinals(text, locale);
        if (ordinals.Count != 1 || !ordinals[0].IsWhole)
        {
            return null;
        }

        var ordinal = ordinals[0];
        var index = ordinal.FromEnd ? choices.Count - 1 + (int)ordinal.Value : (int)ordinal.Value - 1;
        return index >= 0 && index < choices.Count ? new FoundChoice(choices[index].Value, index, 1.0, ordinal.Text) : null;
    }

    private static FoundChoice? ByNumber(string text, IReadOnlyList<string> tokens, IReadOnlyList<Choice> choices, string? locale)
    {
        var numbers = NumberRecognizer.RecognizeNumbers(text, locale);
        if (numbers.Count != 1 || !numbers[0].IsWhole)
        {
            return null;
        }

        // Only a bare number ("2", "number 2", "option two") picks by position; "2 years" is not a choice.
        var numberTokens = TextNormalizer.Tokenize(numbers[0].Text);
        if (tokens.Any(t => !Filler.Contains(t) && !numberTokens.Contains(t)))
        {
            return null;
        }

        var index = (int)numbers[0].Value - 1;
        return index >= 0 && index < choices.Count ? new FoundChoice(choices[index].Value, index, 1.0, numbers[0].Text) : null;
    }

    private static FoundChoice? Partial(IReadOnlyList<string> tokens, IReadOnlyList<Choice> choices)
    {
        var words = tokens.Where(t => !Filler.Contains(t)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        FoundChoice? best = null;
        var tie = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var name in Names(choices[i]))
            {
                var nameTokens = TextNormalizer.Tokenize(name);
                var matched = words.Count(w => nameTokens.Any(n => n == w || w.Length >= 3 && n.StartsWith(w, StringComparison.Ordinal)));
                if (matched == 0)
                {
                    continue;
                }

                // Coverage of both sides: most of what was said, and most of the choice's name.
                var score = (double)matched / words.Count * matched / Math.Max(nameTokens.Count, 1);
                if (best is null || score > best.Score + 1e-9)
                {
                    (best, tie) = (new FoundChoice(choices[i].Value, i, score, name), false);
                }
                else if (Math.Abs(score - best.Score) < 1e-9 && best.Index != i)
                {
                    tie = true;
                }
            }
        }

        return tie ? null : best;
    }

    private static IEnumerable<string> Names(Choice choice) => [choice.Value, .. choice.Synonyms ?? []];
}
