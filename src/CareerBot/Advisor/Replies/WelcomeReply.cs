using CareerBot.Advisor.Cards;
using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor.Replies;

/// <summary>The first message a student sees: who CareerBot is, the careers it knows and three ways to start.</summary>
public static class WelcomeReply
{
    public const string Greeting = "Hi, I'm CareerBot";

    public const string Introduction =
        "I help you explore careers: ask me in your own words what a job is like, what it pays, " +
        "what to study and how to get there, and I'll tell you where each fact comes from. " +
        "I can also run a quick fit check to see how well a career suits you.";

    public static IReadOnlyList<Button> Starters { get; } =
    [
        new("What does an IT service manager do?"),
        new("How much do they earn?"),
        new("Am I a good fit?"),
    ];

    public static Activity Create(Activity incoming, IReadOnlyList<CareerSummary> careers)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(careers);
        var known = careers.Count == 0 ? "none right now" : TextList.Join(careers.Select(c => c.Title));
        var text = $"{Greeting}. {Introduction}\n\nCareers I know about: {known}.\n\nTap a button below or just ask.";
        var card = new AdaptiveCard
        {
            FallbackText = text,
            Speak = $"{Greeting}. {Introduction} Careers I know about: {known}.",
            Body =
            [
                // The greeting once, as the heading; the page around the chat does not repeat it.
                new TextBlock(Greeting) { Size = "Large", Weight = "Bolder", Style = "heading" },
                new TextBlock(Introduction),
                new TextBlock("Careers I know about") { Weight = "Bolder", Spacing = "Medium" },
                new TextBlock(careers.Count == 0 ? "None right now." : string.Join("\n", careers.Select(c => "- " + c.Title))),
                new TextBlock("Tap a button below or just ask.") { IsSubtle = true },
            ],
        };
        return ReplyFactory.Create(incoming, text, card, Starters);
    }
}
