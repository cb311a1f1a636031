namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Real time plus an offset the test moves forward (key cache lifetimes), so token lifetimes stay real.</summary>
internal sealed class ShiftableClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
