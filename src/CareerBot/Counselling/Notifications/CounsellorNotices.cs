using System.Threading.Channels;
using CareerBot.Options;
using Microsoft.Extensions.Options;

namespace CareerBot.Counselling.Notifications;

/// <summary>
/// Notices waiting to go to the counsellors' Teams channel. A turn only queues one (the student never waits on Teams);
/// <see cref="TeamsNoticeSender"/> sends them. With no channel configured nothing is queued.
/// </summary>
public sealed class CounsellorNotices
{
    // Far more than a school's requests for a person in the time a send takes; beyond that the oldest give way.
    private readonly Channel<CounsellorNotice> _queue = Channel.CreateBounded<CounsellorNotice>(
        new BoundedChannelOptions(200) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly bool _configured;

    public CounsellorNotices(IOptions<CounsellingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _configured = options.Value.Teams.IsConfigured;
    }

    public void Post(CounsellorNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (_configured)
        {
            _queue.Writer.TryWrite(notice);
        }
    }

    public ChannelReader<CounsellorNotice> Reader => _queue.Reader;
}
