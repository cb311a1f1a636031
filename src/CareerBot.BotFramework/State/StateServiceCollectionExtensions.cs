using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BotFramework.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ConversationState"/> and <see cref="UserState"/> over the registered storage.</summary>
    public static IServiceCollection AddCareerBotState(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        return services;
    }
}
