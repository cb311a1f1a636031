using CareerBot.BotFramework.Storage.Blob;
using CareerBot.BotFramework.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="IStorage"/> chosen by <c>Storage:Kind</c> (memory | sqlite | blob; default sqlite).</summary>
    public static IServiceCollection AddCareerBotStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(o => o.Kind != StorageKind.Blob || !string.IsNullOrWhiteSpace(o.BlobConnectionString),
                "Storage:BlobConnectionString is required when Storage:Kind is blob.")
            .Validate(o => o.Kind != StorageKind.Blob || !string.IsNullOrWhiteSpace(o.BlobContainer),
                "Storage:BlobContainer must not be empty.")
            .Validate(o => o.Kind != StorageKind.Sqlite || !string.IsNullOrWhiteSpace(o.SqlitePath),
                "Storage:SqlitePath must not be empty.")
            .ValidateOnStart();

        services.AddSingleton<IStorage>(CreateStorage);
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Kind switch
        {
            StorageKind.Memory => new MemoryStorage(),
            StorageKind.Blob => new BlobStorage(options.BlobConnectionString!, options.BlobContainer),
            _ => new SqliteStorage(ResolvePath(options.SqlitePath, services.GetService<IHostEnvironment>())),
        };
    }

    private static string ResolvePath(string path, IHostEnvironment? environment) =>
        Path.IsPathRooted(path) || environment is null ? path : Path.Combine(environment.ContentRootPath, path);
}
