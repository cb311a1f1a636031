using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Middleware;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Turns;
using CareerBot.DirectLine;
using CareerBot.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Host;

/// <summary>The Bot Connector and Direct Line adapters of the real host run one pipeline, in one order.</summary>
public sealed class TurnPipelineTests
{
    [Fact]
    public async Task Every_channel_runs_the_same_middleware_in_the_documented_order()
    {
        await using var server = await CareerBotServer.StartAsync();
        var pipeline = server.Services.GetRequiredService<TurnPipeline>();

        Assert.Equal(
            [typeof(ErrorHandlerMiddleware), typeof(ShowTypingMiddleware), typeof(RemoveMentionMiddleware), typeof(OneTurnAtATimeMiddleware), typeof(AutoSaveStateMiddleware)],
            pipeline.Steps.Select(s => s.GetType()));
        Assert.Equal(pipeline.Steps, server.Services.GetRequiredService<BotFrameworkHttpAdapter>().Middleware.Registered);
        Assert.Equal(pipeline.Steps, server.Services.GetRequiredService<DirectLineAdapter>().Middleware.Registered);
    }
}
