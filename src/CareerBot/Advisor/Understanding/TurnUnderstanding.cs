using CareerBot.BotFramework.Turns;
using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// Reads the turn's message once, with the conversation's context, and keeps the reading for the rest of the turn
/// (the router, the fit check and the answerer all use the same one).
/// </summary>
public sealed class TurnUnderstanding
{
    private const string Key = "careerbot.interpretation";

    private readonly IInterpreter _interpreter;
    private readonly AdvisorState _state;
    private readonly ICareerCatalog _catalog;

    public TurnUnderstanding(IInterpreter interpreter, AdvisorState state, ICareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(catalog);
        _interpreter = interpreter;
        _state = state;
        _catalog = catalog;
    }

    /// <summary>The message's meaning; <paramref name="inFitCheck"/> is true while a fit-check question waits for its answer.</summary>
    public async Task<Interpretation> ReadAsync(ITurnContext turnContext, bool inFitCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = $"{Key}:{inFitCheck}";
        if (turnContext.TurnState.Get<Interpretation>(key) is { } read)
        {
            return read;
        }

        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        var text = turnContext.Activity.Text;
        // A tap carries no words of the student's: it is in the language the conversation was last answered in.
        var language = memory.LastAnswer?.Language ?? memory.WelcomedIn ?? Replies.Words.AdvisorWords.For(turnContext.Activity.Locale).Code;
        var interpretation = ButtonPayloads.Read(text, _catalog, language)
            ?? _interpreter.Interpret(text, memory.Context(inFitCheck, inFitCheck ? memory.CareerId : null), turnContext.Activity.Locale);
        turnContext.TurnState.Set(interpretation, key);
        return interpretation;
    }
}
