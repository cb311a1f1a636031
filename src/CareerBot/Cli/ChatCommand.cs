using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Web;
using IMiddleware = CareerBot.BotFramework.Turns.IMiddleware;

namespace CareerBot.Cli;

/// <summary>
/// <c>careerbot chat</c>: the same bot as the server (same career files, state and dialogs) in a terminal. With stdin
/// not a terminal it reads one message per line and prints the replies, so a conversation can be scripted.
/// </summary>
public sealed class ChatCommand : ICliCommand
{
    private const string ChannelId = "terminal";
    private static readonly string[] LeaveWords = ["/quit", "/exit", "/bye"];

    public string Name => "chat";

    public string Summary => "Chat with CareerBot in the terminal (--user <id>, --locale fr-CA, --Storage:Kind=memory …); one message per line from a pipe.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var options = ChatOptions.Parse(args);
        if (options.Error is { } error)
        {
            console.Error.WriteLine($"careerbot chat: {error}");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(ContentRootLocator.CreateOptions([.. options.HostArgs]));
        builder.Logging.ClearProviders();
        builder.AddCareerBot();
        await using var app = builder.Build();
        var bot = app.Services.GetRequiredService<IBot>();
        var adapter = new ChatAdapter(app.Services.GetServices<IMiddleware>());
        var conversation = new ChatConversation(options.UserId, options.Locale);

        if (console.InputIsTerminal)
        {
            console.Out.WriteLine("CareerBot chat. Type a message and press Enter; /quit to leave.");
            await TurnAsync(adapter, bot, conversation.Joined(), console, cancellationToken);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (console.InputIsTerminal)
            {
                console.Out.Write("you> ");
            }

            var line = await console.In.ReadLineAsync(cancellationToken);
            if (line is null || LeaveWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                break;
            }

            if (line.Trim().Length > 0)
            {
                await TurnAsync(adapter, bot, conversation.Message(line), console, cancellationToken);
            }
        }

        return 0;
    }

    private static async Task TurnAsync(ChatAdapter adapter, IBot bot, Activity activity, CliConsole console, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> replies;
        try
        {
            replies = await adapter.ProcessAsync(activity, bot, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failed turn must not end the chat; the message itself is never printed to the error stream.
            console.Error.WriteLine($"careerbot chat: that turn failed ({ex.GetType().Name}).");
            replies = [MessageFactory.Text("Sorry, something went wrong on my side. Please try again.")];
        }

        foreach (var reply in replies)
        {
            ChatRenderer.Write(console.Out, reply);
        }

        await console.Out.FlushAsync(cancellationToken);
    }

    /// <summary>The terminal's side of the conversation: one student, one conversation id per run.</summary>
    private sealed class ChatConversation(string userId, string locale)
    {
        private readonly string _conversationId = "terminal-" + Guid.NewGuid().ToString("N")[..12];
        private int _next;

        public Activity Joined()
        {
            var activity = Create(ActivityTypes.ConversationUpdate);
            activity.MembersAdded = [new ChannelAccount(userId, "You")];
            return activity;
        }

        public Activity Message(string text)
        {
            var activity = Create(ActivityTypes.Message);
            activity.Text = text;
            return activity;
        }

        private Activity Create(string type) => new()
        {
            Type = type,
            Id = $"terminal-in-{++_next}",
            ChannelId = ChannelId,
            ServiceUrl = "terminal://local",
            Locale = locale,
            Timestamp = DateTimeOffset.UtcNow,
            From = new ChannelAccount(userId, "You", RoleTypes.User),
            Recipient = new ChannelAccount("careerbot", "CareerBot", RoleTypes.Bot),
            Conversation = new ConversationAccount(_conversationId),
        };
    }
}
