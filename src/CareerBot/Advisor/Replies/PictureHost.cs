using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Advisor.Replies;

/// <summary>Where a channel can fetch the pictures this bot draws (salary ranges), or null where it cannot.</summary>
public static class PictureHost
{
    /// <summary>
    /// The web chat is served by this host, so its pictures come from the Direct Line service address. Teams and other
    /// Bot Connector channels fetch card images from the internet over https only: the address the channel posted to,
    /// when it is https. Anything else (a local emulator on http, the terminal) gets no picture.
    /// </summary>
    public static Uri? For(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var incoming = turnContext.Activity;
        if (incoming.ChannelId == DirectLine.DirectLineActivities.ChannelId)
        {
            return Uri.TryCreate(incoming.ServiceUrl, UriKind.Absolute, out var host) && host.Scheme is "http" or "https" ? host : null;
        }

        return turnContext.TurnState.Get<BotEndpoint>() is { Address.Scheme: "https" } endpoint ? endpoint.Address : null;
    }
}
