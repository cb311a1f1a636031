using CareerBot.BotFramework.Schema;

namespace CareerBot.DirectLine.Api;

/// <summary>A batch of activities and the watermark after the last of them (null for stream-only activities such as typing).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
