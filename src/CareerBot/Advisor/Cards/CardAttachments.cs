using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Cards;

/// <summary>Turns a typed card into a protocol attachment.</summary>
public static class CardAttachments
{
    public static Attachment From(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment
        {
            ContentType = AdaptiveCard.ContentType,
            Content = JsonSerializer.SerializeToElement(card, BotJson.Options),
        };
    }
}
