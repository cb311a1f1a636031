using System.Threading.Channels;
using CareerBot.DirectLine.Api;

namespace CareerBot.DirectLine.Conversations;

/// <summary>One stream listener's queue of activity sets; a listener too slow to keep up is dropped, not waited for.</summary>
public sealed class ActivitySubscriber
{
    private const int Capacity = 256;

    private readonly Channel<ActivitySet> _channel = Channel.CreateBounded<ActivitySet>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<ActivitySet> Reader => _channel.Reader;

    /// <summary>Queues a set; false (and the subscriber completed) when the listener has fallen too far behind.</summary>
    public bool TryPush(ActivitySet set)
    {
        if (_channel.Writer.TryWrite(set))
        {
            return true;
        }

        _channel.Writer.TryComplete();
        return false;
    }

    public void Complete() => _channel.Writer.TryComplete();
}
