using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs.Choices;

/// <summary>Shows choices as the channel can display them: suggested actions, hero card buttons, or a numbered list.</summary>
public static class ChoiceFactory
{
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    /// <summary>A copy of <paramref name="prompt"/> carrying <paramref name="choices"/> in the form the channel of <paramref name="incoming"/> shows.</summary>
    public static Activity AppendChoices(Activity prompt, Activity incoming, IReadOnlyList<Choice> choices, ListStyle style = ListStyle.Auto)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(choices);
        var activity = Clone(prompt);
        if (choices.Count == 0)
        {
            return activity;
        }

        switch (Resolve(style, incoming, choices.Count))
        {
            case ListStyle.SuggestedAction:
                activity.SuggestedActions = new SuggestedActions { Actions = choices.Select(ToAction).ToList() };
                break;
            case ListStyle.HeroCard:
                activity.Attachments = [.. activity.Attachments ?? [], HeroCard(activity.Text, choices)];
                activity.Text = null;
                break;
            case ListStyle.List:
                activity.Text = NumberedList(activity.Text, choices);
                break;
        }

        activity.InputHint ??= InputHints.ExpectingInput;
        return activity;
    }

    /// <summary>A message with the text and the choices, for the channel of <paramref name="incoming"/>.</summary>
    public static Activity ForChannel(Activity incoming, string? text, IReadOnlyList<Choice> choices, ListStyle style = ListStyle.Auto) =>
        AppendChoices(MessageFactory.Text(text ?? string.Empty, inputHint: InputHints.ExpectingInput), incoming, choices, style);

    /// <summary>A hero card whose buttons post the choice back as if the user had typed it.</summary>
    public static Attachment HeroCard(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new Dictionary<string, object?>
        {
            ["text"] = text,
            ["buttons"] = choices.Select(ToAction).ToList(),
        };
        return new Attachment
        {
            ContentType = HeroCardContentType,
            Content = JsonSerializer.SerializeToElement(card, BotJson.Options),
        };
    }

    private static ListStyle Resolve(ListStyle style, Activity incoming, int count)
    {
        if (style != ListStyle.Auto)
        {
            return style;
        }

        if (ChannelCapabilities.SupportsSuggestedActions(incoming, count))
        {
            return ListStyle.SuggestedAction;
        }

        return ChannelCapabilities.SupportsCardButtons(incoming, count) ? ListStyle.HeroCard : ListStyle.List;
    }

    private static CardAction ToAction(Choice choice) => choice.Action ?? new CardAction(ActionTypes.ImBack, choice.Value, choice.Value);

    private static string NumberedList(string? text, IReadOnlyList<Choice> choices)
    {
        var lines = choices.Select((c, i) => $"   {i + 1}. {c.Value}");
        return string.IsNullOrEmpty(text) ? string.Join('\n', lines) : text + "\n\n" + string.Join('\n', lines);
    }

    private static Activity Clone(Activity activity) =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options), BotJson.Options)!;
}
