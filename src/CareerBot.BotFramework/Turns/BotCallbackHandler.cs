namespace CareerBot.BotFramework.Turns;

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
