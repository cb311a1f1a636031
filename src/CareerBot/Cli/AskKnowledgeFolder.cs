using CareerBot.Options;
using CareerBot.Web;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Cli;

/// <summary>The knowledge folder the commands use: the one given, else appsettings.json's <c>Knowledge:Folder</c>.</summary>
internal static class AskKnowledgeFolder
{
    /// <summary>Resolves <paramref name="given"/> against the current directory, or the configured folder against the content root.</summary>
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return Path.GetFullPath(given);
        }

        var root = ContentRootLocator.Locate();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.ReadValidated<KnowledgeOptions, KnowledgeOptionsValidator>(KnowledgeOptions.SectionName);
        return options.ResolveFolder(root);
    }
}
