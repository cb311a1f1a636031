namespace CareerBot.Advisor.Dialogs;

/// <summary>Which career a fit check is for, and whether the advisor picked it because the student named none.</summary>
public sealed record FitCheckOptions(string CareerId, bool Guessed, string Language = "en");
