using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the turn pipeline (error handler, typing indicator, mention removal, then the host's middleware), the
    /// Bot Connector adapter, the connector
    /// client on a pooled keep-alive HttpClient, outbound credentials and inbound authentication (off without an app id).
    /// Services registered before this call win, so tests can swap any of them.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, Action<BotFrameworkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new BotFrameworkOptions();
        configure?.Invoke(options);

        services.TryAddSingleton(options);
        services.TryAddSingleton(options.Authentication);
        services.TryAddSingleton(options.Connector);
        services.TryAddSingleton(options.Http);

        services.AddHttpClient(ConnectorOptions.HttpClientName, client => client.Timeout = options.ConnectorTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddHttpClient(BotAuthenticationOptions.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.TryAddSingleton<IAppCredentials>(_ => CreateCredentials(options));
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<IChannelAuthenticator>(sp => options.Authentication.IsEnabled
            ? new JwtChannelAuthenticator(options.Authentication, sp.GetRequiredService<IHttpClientFactory>())
            : new DisabledChannelAuthenticator());

        services.AddTurnPipeline(options.TypingDelay);
        services.TryAddSingleton(sp => new BotFrameworkHttpAdapter(
            sp.GetRequiredService<IConnectorClient>(), sp.GetRequiredService<IChannelAuthenticator>(),
            options.Http, sp.GetRequiredService<ILogger<BotFrameworkHttpAdapter>>(), sp.GetRequiredService<Turns.TurnPipeline>()));
        return services;
    }

    /// <summary>
    /// Registers the one <see cref="Turns.TurnPipeline"/> every channel's adapter runs (see it for the order). The first
    /// registration wins, so the Bot Connector's typing delay holds when Direct Line registers it again.
    /// </summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services, TimeSpan? typingDelay = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new ErrorHandlerMiddleware(sp.GetRequiredService<ILogger<ErrorHandlerMiddleware>>()));
        services.TryAddSingleton(_ => new ShowTypingMiddleware(typingDelay));
        services.TryAddSingleton<RemoveMentionMiddleware>();
        services.TryAddSingleton<OneTurnAtATimeMiddleware>();
        services.TryAddSingleton<Turns.TurnPipeline>();
        return services;
    }

    private static IAppCredentials CreateCredentials(BotFrameworkOptions options) =>
        options.Authentication.IsEnabled && !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword)
            ? new MsalAppCredentials(options.Authentication.MicrosoftAppId!, options.MicrosoftAppPassword, options.Authentication.MicrosoftAppTenantId)
            : new NoAppCredentials();
}
