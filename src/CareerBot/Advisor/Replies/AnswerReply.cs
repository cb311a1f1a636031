using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Answers;
using CareerBot.Rendering;

namespace CareerBot.Advisor.Replies;

/// <summary>An answer from the career library: the whole text ending with its "Sources:" line, and a card saying the
/// same with the long part behind "Show more".</summary>
public static class AnswerReply
{
    public static Activity Create(Activity incoming, Answer answer, IReadOnlyList<Button> buttons, AnswerLanguage language, bool expanded = false)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(buttons);
        ArgumentNullException.ThrowIfNull(language);
        var text = AnswerTextRenderer.Render(answer, language);
        var reply = ReplyFactory.Create(incoming, text, AnswerCardRenderer.Render(answer, language, text, expanded, PicturesFor(incoming)), buttons);
        reply.Locale = language.Code;
        return reply;
    }

    /// <summary>The web chat is served by this host, so it can show the pictures this host draws; other channels get none.</summary>
    private static Uri? PicturesFor(Activity incoming) =>
        incoming.ChannelId == DirectLine.DirectLineActivities.ChannelId
        && Uri.TryCreate(incoming.ServiceUrl, UriKind.Absolute, out var host) && host.Scheme is "http" or "https"
            ? host
            : null;
}
