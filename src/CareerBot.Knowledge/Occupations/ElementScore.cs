namespace CareerBot.Knowledge.Occupations;

/// <summary>An O*NET content element (skill, knowledge, work style, IWA) and its score for one occupation.</summary>
public readonly record struct ElementScore(string ElementId, double Score);
