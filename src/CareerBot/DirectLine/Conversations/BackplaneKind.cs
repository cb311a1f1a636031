namespace CareerBot.DirectLine.Conversations;

/// <summary>Where Direct Line conversations live (<c>DirectLine:Backplane</c>).</summary>
public enum BackplaneKind
{
    /// <summary>In this process, with the logs kept in the state storage so a restart keeps them: one host.</summary>
    Embedded,

    /// <summary>In Redis, with streams fanned out by Redis pub/sub: any host serves any request of any conversation.</summary>
    Redis,
}
