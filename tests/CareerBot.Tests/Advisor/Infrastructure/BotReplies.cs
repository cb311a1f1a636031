using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>The messages the bot sent back in one turn, with the views the tests assert on.</summary>
public sealed record BotReplies(IReadOnlyList<Activity> Messages)
{
    public Activity Last => Messages.Count > 0 ? Messages[^1] : throw new InvalidOperationException("The bot sent no message.");

    /// <summary>All the text of the turn, messages separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Messages.Select(m => m.Text));

    /// <summary>The suggested actions of the last message, by title.</summary>
    public IReadOnlyList<string> Buttons => Last.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    /// <summary>The values the suggested actions of the last message send.</summary>
    public IReadOnlyList<string> ButtonValues => Last.SuggestedActions?.Actions.Select(a => a.Value?.GetString() ?? "").ToList() ?? [];

    /// <summary>The content of the last message's attachments of a given type.</summary>
    public IReadOnlyList<JsonElement> Cards(string contentType) =>
        Last.Attachments?.Where(a => a.ContentType == contentType && a.Content is not null).Select(a => a.Content!.Value).ToList() ?? [];

    public override string ToString() => Text;
}
