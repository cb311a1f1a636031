using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Choices;

namespace CareerBot.Dialogs.Tests.Infrastructure;

/// <summary>A conversation script: send a message, expect replies, in order; run with <see cref="StartTestAsync"/>.</summary>
public sealed class TestFlow(BotCallbackHandler bot, string conversationId = "conv-1")
{
    private readonly TestAdapter _adapter = new();
    private readonly List<Func<Task>> _steps = [];
    private int _nextId;

    public string ChannelId { get; init; } = "test";
    public string? Locale { get; init; } = "en-US";
    public bool IsGroup { get; init; }

    public TestFlow Send(string text) => Send(new Activity { Type = ActivityTypes.Message, Text = text });

    public TestFlow Send(Activity activity)
    {
        _steps.Add(async () =>
        {
            activity.Id ??= $"in-{++_nextId}";
            activity.ChannelId ??= ChannelId;
            activity.Locale ??= Locale;
            activity.ServiceUrl ??= "https://test.invalid/";
            activity.From ??= new ChannelAccount("user-1", "Student");
            activity.Recipient ??= new ChannelAccount("bot", "CareerBot");
            activity.Conversation ??= new ConversationAccount(conversationId) { IsGroup = IsGroup };
            await _adapter.ProcessActivityAsync(activity, bot);
        });
        return this;
    }

    /// <summary>Expects the next reply to show <paramref name="expected"/> (its text, or the text of its hero card).</summary>
    public TestFlow AssertReply(string expected) =>
        AssertReply(reply => Assert.Equal(expected, DisplayedText(reply)));

    public TestFlow AssertReply(Action<Activity> check)
    {
        _steps.Add(() =>
        {
            Assert.True(_adapter.Replies.Count > 0, "Expected a reply, but the bot sent nothing more.");
            check(_adapter.Replies.Dequeue());
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Expects the next reply to offer exactly these buttons, as suggested actions or card buttons.</summary>
    public TestFlow AssertReplyWithButtons(string expected, params string[] buttons) =>
        AssertReply(reply =>
        {
            Assert.Equal(expected, DisplayedText(reply));
            Assert.Equal(buttons, Buttons(reply));
        });

    public TestFlow AssertNoReply()
    {
        _steps.Add(() =>
        {
            Assert.True(_adapter.Replies.Count == 0, $"Expected no reply, got: {string.Join(" | ", _adapter.Replies.Select(DisplayedText))}");
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }

    public static string? DisplayedText(Activity reply) =>
        reply.Text ?? reply.Attachments?.Select(a => a.Content is { } c && c.TryGetProperty("text", out var t) ? t.GetString() : null)
            .FirstOrDefault(t => t is not null);

    public static IReadOnlyList<string?> Buttons(Activity reply)
    {
        if (reply.SuggestedActions is { } suggested)
        {
            return suggested.Actions.Select(a => a.Title).ToList();
        }

        var card = reply.Attachments?.FirstOrDefault(a => a.ContentType == ChoiceFactory.HeroCardContentType)?.Content;
        return card is { } c && c.TryGetProperty("buttons", out var buttons)
            ? buttons.EnumerateArray().Select(b => b.GetProperty("title").GetString()).ToList()
            : [];
    }
}
