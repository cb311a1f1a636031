namespace CareerBot.Knowledge.Answers;

/// <summary>A career an answer is about or points to: its id and its title as the file gives it.</summary>
public sealed record CareerRef(string Id, string Title);
