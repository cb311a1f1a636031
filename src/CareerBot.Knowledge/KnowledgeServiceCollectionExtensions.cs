using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Knowledge;

/// <summary>Registers one shared <see cref="KnowledgeBase"/> as the knowledge base and the career catalogue.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddCareerKnowledge(this IServiceCollection services, string folder)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(folder);
        services.AddSingleton(sp => new KnowledgeBase(folder, watchForChanges: true, sp.GetService<ILogger<KnowledgeBase>>()));
        services.AddSingleton<IKnowledgeBase>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddSingleton<ICareerCatalog>(sp => sp.GetRequiredService<KnowledgeBase>());
        return services;
    }
}
