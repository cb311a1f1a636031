using CareerBot.Advisor.Cards;
using CareerBot.Advisor.Replies.Words;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Replies;

/// <summary>The first message a student sees: who CareerBot is, the careers it knows and three ways to start. With the
/// official catalogue loaded it invites any job and lists the hand-written guides as the detailed ones.</summary>
public static class WelcomeReply
{
    /// <param name="titles">The guides' titles in the reply's language.</param>
    /// <param name="careers">How many careers can be asked about (guides and catalogue).</param>
    public static Activity Create(Activity incoming, IReadOnlyList<string> titles, AdvisorWords words, int careers = 0)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(words);
        if (careers > titles.Count)
        {
            return AnyCareer(incoming, titles, words, careers);
        }

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

    private static Activity AnyCareer(Activity incoming, IReadOnlyList<string> titles, AdvisorWords words, int careers)
    {
        var guides = titles.Count == 0 ? string.Empty : $"\n\n{words.DetailedGuides}{words.Colon} {TextList.Join(titles, words.And)}.";
        var text = $"{words.Greeting}. {words.Introduction}\n\n{words.AnyCareer(careers)}{guides}\n\n{words.TapOrAsk}";
        var body = new List<AdaptiveElement>
        {
            new TextBlock(words.Greeting) { Size = "Large", Weight = "Bolder", Style = "heading" },
            new TextBlock(words.Introduction),
            new TextBlock(words.AnyCareer(careers)) { Weight = "Bolder", Spacing = "Medium" },
        };
        if (titles.Count > 0)
        {
            // One short line, not a list: the card must stay short on a phone.
            body.Add(new TextBlock($"{words.DetailedGuides}{words.Colon} {TextList.Join(titles, words.And)}.") { IsSubtle = true });
        }

        body.Add(new TextBlock(words.TapOrAsk) { IsSubtle = true });
        var card = new AdaptiveCard
        {
            FallbackText = text,
            Speak = $"{words.Greeting}. {words.Introduction} {words.AnyCareer(careers)}",
            Body = body,
        };
        return ReplyFactory.Create(incoming, text, card, [.. words.AnyCareerStarters.Select(s => new Button(s))]);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
