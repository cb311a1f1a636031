using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Turns;

/// <summary>Sees outgoing activities; calls <paramref name="next"/> to let them through.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);
