using CareerBot.Advisor;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Turns;
using IMiddleware = CareerBot.BotFramework.Turns.IMiddleware;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Storage;
using CareerBot.DirectLine;
using CareerBot.Knowledge;
using CareerBot.Understanding;
using CareerBot.WebChat;
using CareerBot.Web.Readiness;
using CareerBot.Counselling.Console;
using CareerBot.Options;

namespace CareerBot.Web;

public static class CareerBotHostExtensions
{
    /// <summary>Binds the options, chooses the listen URLs and registers the Bot Framework layer and the bot.</summary>
    public static WebApplicationBuilder AddCareerBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Listen URLs, authentication and the knowledge folder are needed before the services exist: read here,
        // checked by the same validators, and registered like every other section.
        var bot = builder.Configuration.ReadValidated<BotOptions, BotOptionsValidator>(BotOptions.SectionName);
        var hosting = builder.Configuration.ReadValidated<HostingOptions, HostingOptionsValidator>(HostingOptions.SectionName);
        builder.Services.AddValidatedOptions<BotOptions, BotOptionsValidator>(BotOptions.SectionName);
        builder.Services.AddValidatedOptions<HostingOptions, HostingOptionsValidator>(HostingOptions.SectionName);
        builder.Services.AddSingleton(bot);

        var urls = ListenUrls.Resolve(hosting, bot.AuthenticationEnabled, out var narrowed);
        builder.WebHost.UseUrls(urls);

        builder.Services.AddTrustedProxies(hosting.TrustedProxies);

        // No "Server: Kestrel": nothing in a response should tell a scanner what to try.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddSingleton(new StartupNotes(urls, narrowed));

        builder.Services.AddBotFramework(options =>
        {
            options.Authentication.MicrosoftAppId = bot.MicrosoftAppId;
            options.Authentication.MicrosoftAppTenantId = bot.MicrosoftAppTenantId;
            options.Authentication.OpenIdMetadataUrl = bot.OpenIdMetadataUrl;
            options.Authentication.EmulatorOpenIdMetadataUrl = bot.EmulatorOpenIdMetadataUrl;
            options.Authentication.AllowEmulatorTokens = bot.AllowEmulatorTokens;
            options.Authentication.RequireHttpsMetadata = bot.RequireHttpsMetadata;
            options.MicrosoftAppPassword = bot.MicrosoftAppPassword;
            options.TypingDelay = TimeSpan.FromMilliseconds(Math.Max(0, bot.TypingDelayMilliseconds));
            options.Http.AllowedServiceUrls = bot.AllowedServiceUrls;
        });

        var knowledge = builder.Configuration.ReadValidated<KnowledgeOptions, KnowledgeOptionsValidator>(KnowledgeOptions.SectionName);
        builder.Services.AddValidatedOptions<KnowledgeOptions, KnowledgeOptionsValidator>(KnowledgeOptions.SectionName);
        builder.Services.AddCareerKnowledge(knowledge.ResolveFolder(builder.Environment.ContentRootPath));
        builder.Services.AddSingleton<IReadinessCheck, KnowledgeReadiness>();

        builder.Services.AddCareerBotStorage();
        builder.Services.AddCareerBotState();
        builder.Services.AddSingleton<IReadinessCheck, StorageReadiness>();
        builder.Services.AddHealthChecks().AddCheck<ReadinessHealthCheck>("readiness");
        builder.Services.AddSingleton<IMiddleware>(sp =>
            new AutoSaveStateMiddleware(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()));

        builder.Services.AddDirectLine();
        builder.Services.AddWebChat();

        builder.Services.AddUnderstanding();
        builder.Services.AddValidatedOptions<CounsellingOptions, CounsellingOptionsValidator>(CounsellingOptions.SectionName);
        builder.Services.AddCounsellorConsole(
            builder.Configuration.ReadValidated<CounsellingOptions, CounsellingOptionsValidator>(CounsellingOptions.SectionName));
        builder.Services.AddAdvisor();
        return builder;
    }

    /// <summary>Maps POST /api/messages and GET /healthz, and says at start-up whether authentication is on.</summary>
    public static WebApplication MapCareerBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.MapPost("/api/messages", (HttpContext http) =>
        {
            var services = http.RequestServices;
            return services.GetRequiredService<BotFrameworkHttpAdapter>()
                .ProcessAsync(http.Request, http.Response, services.GetRequiredService<IBot>(), http.RequestAborted);
        });
        app.MapHealthChecks(HealthEndpoint.Path, HealthEndpoint.Options);
        app.UseAuthentication();
        app.UseAuthorization();
        // No UseRateLimiter here: MapDirectLine adds it (once serves every policy, the console's sign-in included);
        // a second one counted each chat request twice, refusing a client at half its RateLimits.
        app.MapCounsellorConsole();
        app.MapDirectLine();
        app.MapWebChat();

        // Build the career index now, before the server listens, so no student's first question waits for it.
        _ = app.Services.GetRequiredService<KnowledgeBase>();
        _ = app.Services.GetRequiredService<UnderstandingService>();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            LogStartup(app);
            // Start the readiness probes now so the first /healthz after start-up can already say ready.
            _ = app.Services.GetServices<IReadinessCheck>().Select(c => c.IsReady).ToArray();
        });
        return app;
    }

    private static void LogStartup(WebApplication app)
    {
        var bot = app.Services.GetRequiredService<BotOptions>();
        var notes = app.Services.GetRequiredService<StartupNotes>();
        if (bot.AuthenticationEnabled)
        {
            app.Logger.LogInformation("CareerBot listening on {Urls}; channel authentication is on", string.Join(", ", notes.Urls));
            return;
        }

        app.Logger.LogWarning(
            "CareerBot listening on {Urls}; authentication is OFF (no Bot:MicrosoftAppId), so it listens on loopback only{Narrowed}",
            string.Join(", ", notes.Urls), notes.NarrowedToLoopback ? " (non-loopback URLs were narrowed; set Host:AllowRemote to override)" : "");
    }

    private sealed record StartupNotes(string[] Urls, bool NarrowedToLoopback);
}
