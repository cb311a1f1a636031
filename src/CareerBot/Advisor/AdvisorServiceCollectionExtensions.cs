using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Dialogs;
using CareerBot.Advisor.Understanding;
using CareerBot.BotFramework.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Advisor;

public static class AdvisorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the advisor bot as the <see cref="IBot"/> (unless one is registered already) with its dialogs.
    /// Needs the knowledge base and the conversation and user state registered by the host.
    /// </summary>
    public static IServiceCollection AddAdvisor(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AdvisorState>();
        services.TryAddSingleton<TurnUnderstanding>();
        services.TryAddSingleton<QuestionAnswerer>();
        services.TryAddSingleton<ForgetMeDialog>();
        services.TryAddSingleton<FitCheckDialog>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<IBot, AdvisorBot>();
        return services;
    }
}
