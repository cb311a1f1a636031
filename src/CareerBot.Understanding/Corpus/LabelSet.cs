namespace CareerBot.Understanding.Corpus;

/// <summary>The topic and intent labels that example files may use (knowledge/language/labels.yaml).</summary>
public sealed record LabelSet(IReadOnlyList<string> Topics, IReadOnlyList<string> Intents)
{
    /// <summary>The intent whose examples are the topic files' examples.</summary>
    public const string QuestionIntent = "question";

    /// <summary>What each label means, as labels.yaml says it (for a person choosing one).</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; init; } = new Dictionary<string, string>();

    public bool IsTopic(string label) => Topics.Contains(label, StringComparer.Ordinal);

    public bool IsKnown(string label) => IsTopic(label) || (Intents.Contains(label, StringComparer.Ordinal) && label != QuestionIntent);
}
