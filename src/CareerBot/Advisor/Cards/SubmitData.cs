namespace CareerBot.Advisor.Cards;

/// <summary>What a submit button sends: the text, plus Teams' hint to post it as a message, and for a feedback button
/// the card it rates (<see cref="Memory.CardFeedback"/>).</summary>
public sealed record SubmitData(string Text, TeamsSubmitHint Msteams, string? Answer = null);
