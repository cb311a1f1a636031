using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Web;

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

    public string Summary => "chat [--user id] [--locale fr-CA] [--Storage:Kind=memory]   talk to CareerBot here (a pipe: one message per line)";

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
        var adapter = new ChatAdapter(app.Services.GetRequiredService<TurnPipeline>());
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var conversation = new ChatConversation(options.UserId, options.Locale);

        if (console.InputIsTerminal)
        {
            console.Out.WriteLine("CareerBot chat. Type a message and press Enter; /quit to leave.");
            await TurnAsync(adapter, scopes, conversation.Joined(), console, cancellationToken);
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
                await TurnAsync(adapter, scopes, conversation.Message(line), console, cancellationToken);
            }
        }

        return 0;
    }

    /// <summary>One turn: the bot from the turn's own scope, the shared pipeline's error handler apologising for a failure.</summary>
    private static async Task TurnAsync(ChatAdapter adapter, IServiceScopeFactory scopes, Activity activity, CliConsole console, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var replies = await adapter.ProcessAsync(activity, scope.ServiceProvider.GetRequiredService<IBot>(), cancellationToken);

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
