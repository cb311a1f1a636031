namespace CareerBot.DirectLine.Conversations;

/// <summary>An activity just logged: its id, its sequence number (the watermark) and the JSON it is read back as.</summary>
public sealed record AppendedActivity(string Id, long Seq, byte[] Json);
