namespace CareerBot.Knowledge.Answers;

/// <summary>A question worth asking next, as data: the renderer words it in the student's language, and asked back it
/// is answerable.</summary>
public sealed record FollowUp(string Topic, CareerRef Career);
