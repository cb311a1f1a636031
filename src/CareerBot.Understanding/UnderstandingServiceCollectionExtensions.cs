using CareerBot.Knowledge;
using CareerBot.Understanding.Interpreting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>Registers understanding (<see cref="IInterpreter"/>), trained from the registered knowledge base's folder.</summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(sp => new UnderstandingService(
            sp.GetRequiredService<KnowledgeBase>(), watchForChanges: true, sp.GetService<ILogger<UnderstandingService>>(),
            Learning.ModelCache.Default));
        services.AddSingleton<IInterpreter>(sp => sp.GetRequiredService<UnderstandingService>());
        return services;
    }
}
