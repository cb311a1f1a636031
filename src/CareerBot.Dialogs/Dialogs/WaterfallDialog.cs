using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Dialogs;

/// <summary>
/// A dialog that runs named steps top to bottom, one per turn or several in a row. The step reached,
/// the options and the step values are kept in its instance state as plain JSON.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";
    private const string StepNameKey = "stepName";

    private readonly List<(string Name, WaterfallStep Step)> _steps = [];

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        foreach (var step in steps ?? [])
        {
            AddStep(step.Method.Name, step);
        }
    }

    public IReadOnlyList<string> StepNames => _steps.Select(s => s.Name).ToList();

    /// <summary>Adds a step; name it with <c>nameof</c> so the stored state says where the conversation is.</summary>
    public WaterfallDialog AddStep(string name, WaterfallStep step)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add((name, step));
        return this;
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return AddStep(step.Method.Name, step);
    }

    public override Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone();
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        // Without a prompt in between, the next step receives the user's text.
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, JsonValue.Create(dc.Context.Activity.Text), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentStepIndex(dc.ActiveDialog!) + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs the step at <paramref name="index"/>; past the last step the dialog ends with <paramref name="result"/>.</summary>
    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        var (name, step) = _steps[Math.Max(index, 0)];
        instance.State[StepIndexKey] = Math.Max(index, 0);
        instance.State[StepNameKey] = name;
        if (instance.State[ValuesKey] is not JsonObject values)
        {
            values = [];
            instance.State[ValuesKey] = values;
        }

        var stepContext = new WaterfallStepContext(
            this, dc, instance.State[OptionsKey], values, Math.Max(index, 0), name, reason, result);
        return await step(stepContext, cancellationToken);
    }

    private int CurrentStepIndex(DialogInstance instance)
    {
        // Prefer the stored step name: if a newer version of the bot inserted steps, the conversation resumes at the same step.
        var byName = instance.State[StepNameKey] is JsonValue stored && stored.TryGetValue<string>(out var name)
            ? _steps.FindIndex(s => s.Name == name)
            : -1;
        if (byName >= 0)
        {
            return byName;
        }

        return instance.State[StepIndexKey] is JsonValue value && value.TryGetValue<int>(out var index) ? index : 0;
    }
}
