using System.Globalization;
using System.Text;

namespace CareerBot.Understanding.Evaluation;

/// <summary>What an evaluation run measured: accuracies by intent, topic, career and language, confusions and every miss.</summary>
public sealed class EvaluationReport
{
    public Tally Intents { get; } = new();

    /// <summary>Questions: the topic and the career both right.</summary>
    public Tally TopicAndCareer { get; } = new();

    public Tally Regions { get; } = new();

    /// <summary>Questions labelled with a SOC code: the career understood is that occupation, without a "which one?".</summary>
    public Tally Occupations { get; } = new();

    /// <summary>The same, with the topic right too.</summary>
    public Tally OccupationAndTopic { get; } = new();

    /// <summary>Questions labelled with a SOC code answered with "which one?" that offered the right occupation.</summary>
    public int OccupationOffered { get; set; }

    public Tally Ratings { get; } = new();

    public Tally FitCheckTurns { get; } = new();

    /// <summary>Fit checks whose band (strong, moderate, weak) from the understood answers is the band the student meant.</summary>
    public Tally FitCheckBands { get; } = new();

    public int Clarifications { get; set; }

    public SortedDictionary<(string Expected, string Got), int> Confusions { get; } = [];

    public List<string> Misses { get; } = [];

    public string Render(bool showMisses = true)
    {
        var text = new StringBuilder();
        Line(text, "intents", Intents);
        Line(text, "topic+career (questions)", TopicAndCareer);
        Line(text, "occupation (questions about any occupation)", Occupations);
        Line(text, "occupation+topic", OccupationAndTopic);
        if (Occupations.All > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"asked 'which one?' offering the right occupation for {OccupationOffered} question(s)");
        }

        Line(text, "regions (where one is meant)", Regions);
        Line(text, "ratings", Ratings);
        Line(text, "fit-check turns", FitCheckTurns);
        Line(text, "fit-check bands", FitCheckBands);
        text.AppendLine(CultureInfo.InvariantCulture, $"asked 'did you mean…' for {Clarifications} message(s)");
        Breakdown(text, "intent accuracy by intent and language", Intents);
        Breakdown(text, "topic+career accuracy by topic, career and language", TopicAndCareer);
        Breakdown(text, "occupation+topic accuracy by topic, occupation and language", OccupationAndTopic);
        Breakdown(text, "rating accuracy by level and language", Ratings);
        if (Confusions.Count > 0)
        {
            text.AppendLine("confusions (expected -> understood: count)");
            foreach (var ((expected, got), count) in Confusions.OrderByDescending(p => p.Value))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {expected} -> {got}: {count}");
            }
        }

        if (showMisses && Misses.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"misses ({Misses.Count})");
            foreach (var miss in Misses)
            {
                text.AppendLine("  " + miss);
            }
        }

        return text.ToString();
    }

    public void Confuse(string expected, string got)
    {
        var key = (expected, got);
        Confusions[key] = Confusions.GetValueOrDefault(key) + 1;
    }

    private static void Line(StringBuilder text, string name, Tally tally)
    {
        if (tally.All > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {Percent(tally.Accuracy)} ({tally.Right}/{tally.All})");
        }
    }

    private static void Breakdown(StringBuilder text, string title, Tally tally)
    {
        if (tally.All == 0)
        {
            return;
        }

        text.AppendLine(title);
        foreach (var (key, right, all) in tally.ByKey)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {key,-34} {Percent((double)right / all),7} ({right}/{all})");
        }
    }

    internal static string Percent(double value) => (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
