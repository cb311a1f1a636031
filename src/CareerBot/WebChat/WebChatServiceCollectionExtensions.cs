using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using CareerBot.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>Registers the chat page (section WebChat); the Embed section is bound once, by AddDirectLine, which it needs.</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<WebChatOptions, WebChatOptionsValidator>(WebChatOptions.SectionName);
        services.TryAddSingleton<WebChatPage>();

        // Web Chat's bundle is about 3.9 MB; compressed it is a quarter of that. Fastest, because it is done per request.
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true; // only the page's static files are compressed (see MapWebChat): no secrets in them
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
