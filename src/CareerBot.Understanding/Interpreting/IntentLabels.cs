namespace CareerBot.Understanding.Interpreting;

/// <summary>The label of each intent in the example files, and back.</summary>
public static class IntentLabels
{
    private static readonly Dictionary<string, Intent> ByLabel = new(StringComparer.Ordinal)
    {
        ["question"] = Intent.Question,
        ["followup"] = Intent.FollowUp,
        ["fitcheck_start"] = Intent.StartFitCheck,
        ["fitcheck_switch"] = Intent.SwitchFitCheck,
        ["rating"] = Intent.Rating,
        ["skip"] = Intent.Skip,
        ["back"] = Intent.Back,
        ["cancel"] = Intent.Cancel,
        ["restart"] = Intent.Restart,
        ["explain"] = Intent.Explain,
        ["results"] = Intent.ShowResults,
        ["forget"] = Intent.ForgetMe,
        ["help"] = Intent.Help,
        ["greeting"] = Intent.Greeting,
        ["thanks"] = Intent.Thanks,
        ["goodbye"] = Intent.Goodbye,
        ["counsellor"] = Intent.Counsellor,
        ["feedback_positive"] = Intent.FeedbackPositive,
        ["feedback_negative"] = Intent.FeedbackNegative,
        ["compare"] = Intent.Compare,
        ["more"] = Intent.ShowMore,
        ["smalltalk"] = Intent.SmallTalk,
        ["rude"] = Intent.Rude,
    };

    private static readonly Dictionary<Intent, string> ByIntent = ByLabel.ToDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyCollection<string> All => ByLabel.Keys;

    public static bool TryParse(string label, out Intent intent) => ByLabel.TryGetValue(label, out intent);

    public static string Label(Intent intent) => ByIntent[intent];
}
