using CareerBot.Advisor.Cards;
using CareerBot.Advisor.Replies.Words;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Replies;

/// <summary>The first message a student sees: who CareerBot is, the careers it knows and three ways to start.</summary>
public static class WelcomeReply
{
    /// <param name="titles">The careers' titles in the reply's language.</param>
    public static Activity Create(Activity incoming, IReadOnlyList<string> titles, AdvisorWords words)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(words);
        var known = titles.Count == 0 ? words.NoCareersYet : TextList.Join(titles, words.And);
        var separator = words.Colon + " ";
        var text = $"{words.Greeting}. {words.Introduction}\n\n{words.CareersIKnow}{separator}{known}.\n\n{words.TapOrAsk}";
        var card = new AdaptiveCard
        {
            FallbackText = text,
            Speak = $"{words.Greeting}. {words.Introduction} {words.CareersIKnow}{separator}{known}.",
            Body =
            [
                // The greeting once, as the heading; the page around the chat does not repeat it.
                new TextBlock(words.Greeting) { Size = "Large", Weight = "Bolder", Style = "heading" },
                new TextBlock(words.Introduction),
                new TextBlock(words.CareersIKnow) { Weight = "Bolder", Spacing = "Medium" },
                new TextBlock(titles.Count == 0 ? Capitalised(words.NoCareersYet) + "." : string.Join("\n", titles.Select(t => "- " + t))),
                new TextBlock(words.TapOrAsk) { IsSubtle = true },
            ],
        };
        return ReplyFactory.Create(incoming, text, card, [.. words.Starters.Select(s => new Button(s))]);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
