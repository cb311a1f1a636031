namespace CareerBot.BotFramework.Tests.State;

/// <summary>A user-state shape like the advisor's: plain properties and a list that the bot mutates in place.</summary>
public sealed class Profile
{
    public string? Name { get; set; }
    public List<string> Careers { get; set; } = [];
}
