using System.Globalization;
using System.Text;
using CareerBot.Understanding.Corpus;

namespace CareerBot.Counselling.Examples;

/// <summary>
/// The example file the console adds a counsellor's labelled examples to: <c>language/&lt;lang&gt;/examples/added-&lt;label&gt;.yaml</c>,
/// one per language and label, apart from the hand-written files so a review sees at once what came from the console.
/// </summary>
public sealed class AddedExampleFile
{
    public const string Prefix = "added-";

    private AddedExampleFile(string knowledgeFolder, string language, string label)
    {
        Label = label;
        Path = System.IO.Path.Combine(knowledgeFolder, CorpusLoader.LanguageFolder, language, CorpusLoader.ExamplesFolder, $"{Prefix}{label}.yaml");
        Display = System.IO.Path.GetRelativePath(knowledgeFolder, Path).Replace('\\', '/');
    }

    public string Label { get; }

    public string Path { get; }

    /// <summary>The path as <c>careerbot check</c> names it (relative to the knowledge folder).</summary>
    public string Display { get; }

    public static AddedExampleFile For(string knowledgeFolder, string language, string label)
    {
        ArgumentNullException.ThrowIfNull(knowledgeFolder);
        ArgumentException.ThrowIfNullOrEmpty(language);
        ArgumentException.ThrowIfNullOrEmpty(label);
        return new AddedExampleFile(knowledgeFolder, language, label);
    }

    /// <summary>True for a <c>file:line</c> of an added-examples file, as the console reports them.</summary>
    public static bool IsPlace(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text ?? "", @"^language/[a-z]{2}/examples/added-[a-z_]+\.yaml:[0-9]{1,6}$");

    /// <summary>The file's text before a change, or null when it does not exist yet (so a refused change can be undone).</summary>
    public string? ReadCurrent() => File.Exists(Path) ? File.ReadAllText(Path, Encoding.UTF8) : null;

    /// <summary>Appends one example (creating the file with its label when new); returns the line it is on.</summary>
    public int Append(string example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var current = ReadCurrent();
        var text = new StringBuilder(current ?? Header());
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }

        var content = text.Append("  - ").Append(Quoted(example)).Append('\n').ToString();
        Replace(content);
        return content.Count(c => c == '\n');
    }

    /// <summary>Puts back what <see cref="ReadCurrent"/> returned (deletes the file when it did not exist).</summary>
    public void Restore(string? previous)
    {
        if (previous is null)
        {
            File.Delete(Path);
        }
        else
        {
            Replace(previous);
        }
    }

    /// <summary>Written whole to a temporary file and moved over, so the retraining watcher never reads half a file.</summary>
    private void Replace(string content)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, Path, overwrite: true);
    }

    private string Header() =>
        "# Students' questions the bot missed, labelled by a counsellor in the console (/counsellor/questions).\n" +
        "# Checked by `careerbot check` like every example file; edit or move them into the hand-written files freely.\n" +
        $"label: {Label}\nexamples:\n";

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                < ' ' or '\u007f' => quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
