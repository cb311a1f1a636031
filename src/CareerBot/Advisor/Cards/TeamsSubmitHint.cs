namespace CareerBot.Advisor.Cards;

public sealed record TeamsSubmitHint(string Type, string Value);
