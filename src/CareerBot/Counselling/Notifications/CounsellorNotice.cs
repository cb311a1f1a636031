namespace CareerBot.Counselling.Notifications;

/// <summary>
/// That a student asked for a person, for the counsellors' Teams channel: what happened, from which channel, in which
/// language and when. Deliberately no student id, name or words: the console is where those are read.
/// </summary>
public sealed record CounsellorNotice(CounsellorNoticeKind Kind, string ChannelId, string Language, DateTimeOffset At);
