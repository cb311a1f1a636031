using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Dialogs;
using CareerBot.Advisor.Understanding;
using CareerBot.BotFramework.Turns;
using CareerBot.Advisor.Handoff;
using CareerBot.BotFramework.State;
using CareerBot.Counselling.Handoff;
using CareerBot.Counselling.Insights;
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
        services.TryAddSingleton<InsightStore>();
        services.TryAddSingleton<InsightRecorder>();
        services.TryAddSingleton<HandoffStore>();
        services.AddSingleton<ITranscriptStore>(sp => sp.GetRequiredService<HandoffStore>());
        services.TryAddSingleton<CounsellorPresence>();
        services.TryAddSingleton<HandoffDelivery>();
        services.TryAddSingleton<HandoffRouter>();
        services.TryAddSingleton<Counselling.Notifications.CounsellorNotices>();
        services.AddHostedService<Counselling.Notifications.TeamsNoticeSender>();
        services.TryAddSingleton<InsightHousekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<InsightHousekeeping>());
        services.TryAddSingleton<TurnUnderstanding>();
        services.TryAddSingleton<QuestionAnswerer>();
        services.TryAddSingleton<ForgetMeDialog>();
        services.TryAddSingleton<FitCheckDialog>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<IBot, AdvisorBot>();
        return services;
    }
}
