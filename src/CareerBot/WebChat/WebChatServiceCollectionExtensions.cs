using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>Registers the chat page (sections WebChat and Embed).</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<WebChatOptions>(configuration.GetSection(WebChatOptions.SectionName));
        services.Configure<EmbedOptions>(configuration.GetSection(EmbedOptions.SectionName));
        services.TryAddSingleton<WebChatPage>();
        return services;
    }
}
