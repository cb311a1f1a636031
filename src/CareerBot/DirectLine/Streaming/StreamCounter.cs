using System.Collections.Concurrent;

namespace CareerBot.DirectLine.Streaming;

/// <summary>Open WebSocket streams per client address, so one client cannot hold thousands of sockets open.</summary>
public sealed class StreamCounter
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Counts a new stream for the client unless it already has <paramref name="max"/>; false when refused.</summary>
    public bool TryOpen(string client, int max)
    {
        while (true)
        {
            var current = _open.GetOrAdd(client, 0);
            if (current >= max)
            {
                return false;
            }

            if (_open.TryUpdate(client, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Close(string client)
    {
        while (_open.TryGetValue(client, out var current))
        {
            if (current <= 1 ? _open.TryRemove(KeyValuePair.Create(client, current)) : _open.TryUpdate(client, current - 1, current))
            {
                return;
            }
        }
    }
}
