using CareerBot.Cli;
using CareerBot.Knowledge;
using CareerBot.Understanding.Corpus;

namespace CareerBot.Counselling.Examples;

/// <summary>
/// "Add as an example" in the console: a counsellor labels a question the bot missed, and it becomes a training example
/// in the knowledge folder, which understanding retrains from within a second. The example must pass
/// <c>careerbot check</c>: one that clashes with another label, repeats an example or is in an evaluation set is
/// refused, and the file is left as it was.
/// </summary>
public sealed class CounsellorExamples
{
    public const int MaxLength = 300;

    // One writer at a time in this process: the check before and after must see only this change.
    private static readonly SemaphoreSlim Writing = new(1, 1);

    private readonly KnowledgeBase _knowledge;

    public CounsellorExamples(KnowledgeBase knowledge) =>
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));

    /// <summary>The labels a counsellor may choose (the topics, then the intents with example files of their own) and the languages.</summary>
    public ExampleChoices Choices()
    {
        var labels = CorpusLoader.LoadLabels(_knowledge.Folder);
        return new ExampleChoices(labels.Topics, [.. labels.Intents.Where(IsChoosableIntent)], labels.Descriptions, Languages());
    }

    /// <summary>The languages that have example folders (en, fr).</summary>
    private IReadOnlyList<string> Languages()
    {
        var root = Path.Combine(_knowledge.Folder, CorpusLoader.LanguageFolder);
        return Directory.Exists(root)
            ? [.. Directory.GetDirectories(root).Where(d => Directory.Exists(Path.Combine(d, CorpusLoader.ExamplesFolder)))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    public async Task<ExampleAddition> AddAsync(string? text, string? label, string? language, CancellationToken cancellationToken)
    {
        var example = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (example.Length is 0 or > MaxLength || !example.Any(HasMeaning))
        {
            return ExampleAddition.Refused($"An example needs 1 to {MaxLength} characters of words.");
        }

        var choices = Choices();
        if (label is null || !(choices.Topics.Contains(label, StringComparer.Ordinal) || choices.Intents.Contains(label, StringComparer.Ordinal)))
        {
            return ExampleAddition.Refused("Choose what the question asks from the list.");
        }

        if (language is null || !choices.Languages.Contains(language, StringComparer.Ordinal))
        {
            return ExampleAddition.Refused("Choose the question's language from the list.");
        }

        await Writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Add(example, label, language);
        }
        finally
        {
            Writing.Release();
        }
    }

    private ExampleAddition Add(string example, string label, string language)
    {
        var key = ExampleKey.Of(example);
        if (CorpusLoader.Load(_knowledge.Folder).Examples.FirstOrDefault(e => e.Language == language && ExampleKey.Of(e.Text) == key) is { } known)
        {
            return ExampleAddition.Refused(known.Label == label
                ? $"It is already an example of {label} ({known.File}:{known.Line}), so there is nothing to add."
                : $"The same words are already an example of {known.Label} ({known.File}:{known.Line}). Two labels for one question teach the model doubt: change the words, or fix that file.");
        }

        var before = CheckCommand.Run(_knowledge.Folder).Problems.ToHashSet(StringComparer.Ordinal);
        var file = AddedExampleFile.For(_knowledge.Folder, language, label);
        string? previous;
        int line;
        try
        {
            previous = file.ReadCurrent();
            line = file.Append(example);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ExampleAddition.Refused($"The knowledge folder cannot be written here ({ex.GetType().Name}). Ask whoever runs CareerBot to make {file.Display} writable.");
        }

        var introduced = CheckCommand.Run(_knowledge.Folder).Problems.Where(p => !before.Contains(p)).ToList();
        if (introduced.Count == 0)
        {
            return ExampleAddition.Added(file.Display, line);
        }

        file.Restore(previous);
        return ExampleAddition.Refused("Not added, because careerbot check would report: " + string.Join(" ", introduced));
    }

    /// <summary>A letter, a digit or an emoji ("👍" is a fine example of feedback); punctuation alone is not an example.</summary>
    private static bool HasMeaning(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

    // "question" has no file of its own (its examples are the topics'); a rating needs a level from 1 to 5.
    private static bool IsChoosableIntent(string intent) => intent is not (LabelSet.QuestionIntent or "rating");
}
