using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Storage;
using CareerBot.DirectLine.Conversations.Embedded;
using CareerBot.DirectLine.Conversations.Redis;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.RateLimiting;
using CareerBot.DirectLine.Tokens;
using CareerBot.WebChat;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using CareerBot.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    public const string CorsPolicy = "careerbot-embed";

    /// <summary>Registers the self-hosted Direct Line 3.0 (sections DirectLine, RateLimits, Embed, Redis), its rate limits and CORS.
    /// Conversation logs are kept in the host's <see cref="IStorage"/> (process memory when it registers none).
    /// The bot itself is the <see cref="BotFramework.Turns.IBot"/> the host registers; registered IMiddleware run before it.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<DirectLineOptions, DirectLineOptionsValidator>(DirectLineOptions.SectionName);
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(RateLimitOptions.SectionName);
        services.AddValidatedOptions<EmbedOptions, EmbedOptionsValidator>(EmbedOptions.SectionName);
        services.AddTurnPipeline();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddSingleton<ConversationArchive>();
        services.TryAddSingleton<EmbeddedBackplane>();
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName)
            .Validate<IOptions<DirectLineOptions>>(
                (redis, directLine) => directLine.Value.Backplane != BackplaneKind.Redis || !string.IsNullOrWhiteSpace(redis.Configuration),
                "Redis:Configuration must name the Redis server (e.g. 127.0.0.1:6379) when DirectLine:Backplane is redis.")
            .ValidateOnStart();
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<RedisStreamFanout>();
        services.TryAddSingleton<RedisBackplane>();
        services.TryAddSingleton<IConversationBackplane>(sp =>
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.Backplane == BackplaneKind.Redis
                ? sp.GetRequiredService<RedisBackplane>()
                : sp.GetRequiredService<EmbeddedBackplane>());
        services.AddSingleton<IReadinessCheck, BackplaneReadiness>();
        services.TryAddSingleton<Streaming.StreamCounter>();
        services.AddSingleton<ITranscriptStore, DirectLineTranscriptStore>();
        services.TryAddSingleton<DirectLineActivities>();
        services.TryAddSingleton<DirectLineAdapter>();
        services.TryAddSingleton<DirectLineService>();
        services.AddHostedService<ConversationSweeper>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) => DirectLineRateLimits.Configure(limiter, limits.Value));

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<EmbedOptions>>((cors, embed) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. WebChatSecurityHeaders.ValidOrigins(embed.Value.AllowedOrigins)])
                .WithMethods("GET", "POST")
                .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")
                .WithExposedHeaders("Retry-After")));
        return services;
    }
}
