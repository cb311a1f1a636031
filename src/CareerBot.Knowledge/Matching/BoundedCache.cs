using System.Collections.Concurrent;

namespace CareerBot.Knowledge.Matching;

/// <summary>
/// A thread-safe cache of at most about twice <c>generationSize</c> entries, for values that are pure functions of
/// their key. Two generations approximate least-recently-used: when the young one fills it becomes the old one, and
/// whatever the old one held and nobody asked for since is dropped. Readers never take a lock.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int generationSize;
    private readonly object rotateGate = new();
    private ConcurrentDictionary<TKey, TValue> young;
    private ConcurrentDictionary<TKey, TValue> old;
    private int youngAdded;

    public BoundedCache(int generationSize, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generationSize, 1);
        this.generationSize = generationSize;
        young = new ConcurrentDictionary<TKey, TValue>(comparer);
        old = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    /// <summary>Entries held now (both generations; an entry moving between them may count twice).</summary>
    public int Count => Volatile.Read(ref young).Count + Volatile.Read(ref old).Count;

    /// <summary>The cached value for the key, or <paramref name="create"/>'s (which may run more than once under a race).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var current = Volatile.Read(ref young);
        if (current.TryGetValue(key, out var value))
        {
            return value;
        }

        if (!Volatile.Read(ref old).TryGetValue(key, out value))
        {
            value = create(key);
        }

        // Counted here rather than with ConcurrentDictionary.Count, which takes every lock of the dictionary.
        if (current.TryAdd(key, value) && Interlocked.Increment(ref youngAdded) >= generationSize)
        {
            Rotate(current);
        }

        return value;
    }

    private void Rotate(ConcurrentDictionary<TKey, TValue> full)
    {
        lock (rotateGate)
        {
            // Another thread may have rotated already; only the generation that filled is retired.
            if (ReferenceEquals(young, full))
            {
                Volatile.Write(ref old, full);
                Volatile.Write(ref young, new ConcurrentDictionary<TKey, TValue>(full.Comparer));
                Volatile.Write(ref youngAdded, 0);
            }
        }
    }
}
