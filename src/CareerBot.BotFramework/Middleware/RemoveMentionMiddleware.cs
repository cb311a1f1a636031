using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Middleware;

/// <summary>
/// Teams puts "&lt;at&gt;CareerBot&lt;/at&gt;" in the text of a message that @mentions the bot; this removes the bot's own
/// mention (the mention entity whose mentioned.id is the recipient) so the bot sees only the question.
/// </summary>
public sealed class RemoveMentionMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        RemoveOwnMentions(turnContext.Activity);
        return next(cancellationToken);
    }

    internal static void RemoveOwnMentions(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text)
            || activity.Entities is null || activity.Recipient?.Id is not { Length: > 0 } botId)
        {
            return;
        }

        var text = activity.Text;
        foreach (var entity in activity.Entities)
        {
            if (entity.Type == "mention" && MentionedId(entity) == botId && MentionText(entity) is { Length: > 0 } mention)
            {
                text = text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        activity.Text = text.Trim();
    }

    private static string? MentionedId(Entity entity) =>
        entity.Properties is { } p && p.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static string? MentionText(Entity entity) =>
        entity.Properties is { } p && p.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
}
