namespace CareerBot.Advisor.Cards;

public sealed record Fact(string Title, string Value);
