namespace CareerBot.Advisor.Cards;

/// <summary>What a submit button sends: the text, plus Teams' hint to post it as a message.</summary>
public sealed record SubmitData(string Text, TeamsSubmitHint Msteams);
