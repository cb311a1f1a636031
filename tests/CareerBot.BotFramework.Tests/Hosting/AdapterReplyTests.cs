using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Tests.Fakes;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Tests.Hosting;

public class AdapterReplyTests
{
    private readonly RecordingConnector _connector = new();

    [Fact]
    public async Task An_expect_replies_turn_answers_200_with_the_replies_and_sends_nothing_to_the_channel()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity(deliveryMode: DeliveryModes.ExpectReplies));

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, DelegateBot.Echo());

        Assert.Equal(200, exchange.Status);
        var reply = exchange.ResponseJson!["activities"]!.AsArray().Single()!;
        Assert.Equal("echo: hello", (string?)reply["text"]);
        Assert.Equal("careerbot", (string?)reply["from"]!["id"]);
        Assert.Equal("user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal("act-1", (string?)reply["replyToId"]);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task A_normal_turn_answers_200_without_a_body_and_replies_through_the_connector()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity());

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, DelegateBot.Echo());

        Assert.Equal(200, exchange.Status);
        Assert.Equal("", exchange.ResponseText);
        var sent = Assert.Single(_connector.Sent);
        Assert.Equal("echo: hello", sent.Text);
        Assert.Equal("act-1", sent.ReplyToId);
        Assert.Equal("a:conv|livechat", sent.Conversation!.Id);
        Assert.Equal("http://127.0.0.1:4000", sent.ServiceUrl);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_answer_gets_501()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity(type: ActivityTypes.Invoke, text: null));

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, new DelegateBot());

        Assert.Equal(501, exchange.Status);
    }

    [Fact]
    public async Task An_invoke_gets_the_status_and_body_the_bot_set()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity(type: ActivityTypes.Invoke, text: null));
        var bot = new DelegateBot(ctx =>
        {
            ctx.TurnState.Set(new InvokeResponse { Status = 200, Body = JsonSerializer.SerializeToElement(new { ok = true }) });
            return Task.CompletedTask;
        });

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, bot);

        Assert.Equal(200, exchange.Status);
        Assert.True((bool)exchange.ResponseJson!["ok"]!);
    }

    [Fact]
    public async Task An_invoke_response_activity_sent_by_the_bot_becomes_the_http_answer()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity(type: ActivityTypes.Invoke, text: null));
        var bot = new DelegateBot(ctx => ctx.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonSerializer.SerializeToElement(new InvokeResponse { Status = 202 }, BotJson.Options),
        }));

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, bot);

        Assert.Equal(202, exchange.Status);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_with_200_and_no_reply()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity(type: "somethingNew", deliveryMode: DeliveryModes.ExpectReplies));
        var bot = new DelegateBot(ctx => ctx.Activity.Type == ActivityTypes.Message ? ctx.SendActivityAsync("hi") : Task.CompletedTask);

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, bot);

        Assert.Equal(200, exchange.Status);
        Assert.Empty(exchange.ResponseJson!["activities"]!.AsArray());
    }

    [Fact]
    public async Task Continue_conversation_sends_a_proactive_message_to_the_referenced_conversation()
    {
        var adapter = Adapters.Create(_connector);
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.example/",
            Conversation = new ConversationAccount("a:1|x"),
            User = new ChannelAccount("29:user"),
            Bot = new ChannelAccount("28:bot"),
        };

        await adapter.ContinueConversationAsync(reference, (ctx, ct) => ctx.SendActivityAsync("reminder", cancellationToken: ct));

        var sent = Assert.Single(_connector.Sent);
        Assert.Equal(("reminder", "a:1|x", "28:bot", "29:user"), (sent.Text, sent.Conversation!.Id, sent.From!.Id, sent.Recipient!.Id));
        Assert.Null(sent.ReplyToId);
    }

    [Fact]
    public async Task Update_and_delete_go_to_the_connector_for_the_turns_conversation()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity());
        var bot = new DelegateBot(async ctx =>
        {
            await ctx.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = "old-1", Text = "edited" });
            await ctx.DeleteActivityAsync("old-2");
        });

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, bot);

        Assert.Equal(["update", "delete a:conv|livechat old-2"], _connector.Calls);
        Assert.Equal("old-1", _connector.Sent.Single().Id);
    }
}
