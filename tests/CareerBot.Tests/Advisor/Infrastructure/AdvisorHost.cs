using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>
/// The real CareerBot host in memory (Program.cs wiring, the repository's career files), with state in memory or, for
/// restart tests, in a SQLite file. Conversations reach it through POST /api/messages like any channel's, or through
/// Direct Line as the web chat's do (<see cref="StartChat"/>).
/// </summary>
public sealed class AdvisorHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public AdvisorHost()
        : this(null)
    {
    }

    private AdvisorHost(string? sqlitePath)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Knowledge:Folder"] = RepositoryFolders.Knowledge,
            ["Storage:Kind"] = sqlitePath is null ? "memory" : "sqlite",
            ["Storage:SqlitePath"] = sqlitePath,
            ["Bot:TypingDelayMilliseconds"] = "0",
            ["DirectLine:Secret"] = Secret,
            ["RateLimits:RequestsPerClientPerMinute"] = "100000",
            ["RateLimits:TokensPerClientPerMinute"] = "100000",
        };
    }

    /// <summary>The Direct Line secret the tests mint tokens with.</summary>
    public const string Secret = "advisor-tests-direct-line-secret-0123";

    /// <summary>A host keeping state in a SQLite file, as a real deployment does.</summary>
    public static AdvisorHost WithSqlite(string sqlitePath) => new(sqlitePath);

    /// <summary>A host with these settings on top of the tests' own (for example the counsellors' console).</summary>
    public static AdvisorHost WithSettings(IReadOnlyDictionary<string, string?> settings, string? sqlitePath = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = new AdvisorHost(sqlitePath);
        foreach (var (key, value) in settings)
        {
            host._settings[key] = value;
        }

        return host;
    }

    /// <summary>A new conversation with its own ids; <paramref name="conversationType"/> "groupChat" or "channel" makes it a Teams group.</summary>
    public BotConversation StartConversation(string? userId = null, string channelId = "directline", string? conversationType = null) =>
        new(CreateClient(), channelId, userId, conversationType);

    /// <summary>A conversation whose channel reaches the bot at an https address, as Teams does through the Bot Service.</summary>
    public BotConversation StartConversationOverHttps(string channelId) =>
        new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careerbot.example-school.ca/") }),
            channelId, null, null);

    /// <summary>A new student on the given path; <paramref name="userId"/> makes it a returning student.</summary>
    public IStudentChat StartChat(StudentPath path, string? userId = null) => path == StudentPath.DirectLine
        ? DirectLineStudent.Opening(CreateClient(), Secret, userId)
        : StartConversation(userId);

    /// <summary>Goes on with a conversation begun earlier (on this host or another one sharing its storage).</summary>
    public BotConversation ResumeConversation(BotConversation earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new BotConversation(CreateClient(), earlier.ChannelId, earlier.UserId, earlier.ConversationType)
        {
            ConversationId = earlier.ConversationId,
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseContentRoot(RepositoryFolders.Root);
        // Host settings are seen by what Program reads before Build (the knowledge folder, the console's sign-in
        // schemes); the in-memory collection is what the options read afterwards.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
