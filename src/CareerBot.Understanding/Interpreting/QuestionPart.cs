using System.Text.RegularExpressions;

namespace CareerBot.Understanding.Interpreting;

/// <summary>
/// The part of a long message that carries the question: a student who pastes a page of their life story ends it
/// with what they want to know. Messages up to <see cref="MaxLength"/> characters are read whole; in longer ones a word
/// repeated many times over is read once, then the last question (or the last sentence) is the part read.
/// </summary>
public static partial class QuestionPart
{
    public const int MaxLength = 600;

    [GeneratedRegex(@"[^.!?\n]*[.!?\n]+|[^.!?\n]+$")]
    private static partial Regex Sentences();

    /// <summary>A word said again and again ("blah blah blah…", "pls pls pls"): filler, read once.</summary>
    [GeneratedRegex(@"\b(\w+)(?:[\s,]+\1\b)+", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatedWord();

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return text;
        }

        text = RepeatedWord().Replace(text, "$1");
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var sentences = Sentences().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Length > 0).ToArray();
        var questions = sentences.Where(s => s.EndsWith('?')).ToArray();
        var chosen = questions.Length > 0 ? questions[^1] : sentences.Length > 0 ? sentences[^1] : text;
        return chosen.Length > MaxLength ? chosen[^MaxLength..] : chosen;
    }
}
