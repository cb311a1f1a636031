using CareerBot.BotFramework.Schema;
using CareerBot.Dialogs.Choices;

namespace CareerBot.Dialogs.Tests.Dialogs;

public sealed class ChannelCapabilitiesTests
{
    private static Activity From(string channelId, string? conversationType = null, bool? isGroup = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        Conversation = new ConversationAccount("c") { ConversationType = conversationType, IsGroup = isGroup },
    };

    [Theory]
    [InlineData("msteams", "groupChat", null)]
    [InlineData("msteams", "channel", null)]
    [InlineData("msteams", null, true)]
    [InlineData("directline", "groupChat", null)]
    public void Teams_group_chats_and_channels_get_no_suggested_actions(string channelId, string? conversationType, bool? isGroup)
    {
        var activity = From(channelId, conversationType, isGroup);

        Assert.True(ChannelCapabilities.IsTeamsGroup(activity));
        Assert.False(ChannelCapabilities.SupportsSuggestedActions(activity));
        Assert.True(ChannelCapabilities.SupportsCardButtons(activity, 5));
    }

    [Theory]
    [InlineData("msteams", "personal")]
    [InlineData("directline", null)]
    [InlineData("webchat", null)]
    public void One_to_one_chats_show_five_suggested_actions(string channelId, string? conversationType)
    {
        var activity = From(channelId, conversationType);

        Assert.False(ChannelCapabilities.IsTeamsGroup(activity));
        Assert.True(ChannelCapabilities.SupportsSuggestedActions(activity, 5));
    }
}
