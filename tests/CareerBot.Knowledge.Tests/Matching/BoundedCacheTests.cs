using CareerBot.Knowledge.Matching;

namespace CareerBot.Knowledge.Tests.Understanding;

public sealed class BoundedCacheTests
{
    [Fact]
    public void A_value_asked_for_again_is_not_computed_again()
    {
        var cache = new BoundedCache<string, string>(8);
        var computed = 0;

        var first = cache.GetOrAdd("hi there", key => { computed++; return key.ToUpperInvariant(); });
        var second = cache.GetOrAdd("hi there", key => { computed++; return "different"; });

        Assert.Equal(("HI THERE", "HI THERE", 1), (first, second, computed));
    }

    [Fact]
    public void Many_distinct_keys_never_hold_more_than_two_generations()
    {
        var cache = new BoundedCache<int, int>(16);

        for (var i = 0; i < 10_000; i++)
        {
            cache.GetOrAdd(i, key => key * 2);
        }

        Assert.InRange(cache.Count, 1, 32);
    }

    [Fact]
    public void A_key_in_use_survives_when_the_generation_fills()
    {
        var cache = new BoundedCache<int, int>(4);
        var computed = 0;
        int Recent(int key) => cache.GetOrAdd(key, k => { computed++; return k; });

        for (var i = 1; i <= 40; i++)
        {
            Recent(0);
            Recent(i);
        }

        Assert.Equal(41, computed);
    }

    [Fact]
    public async Task Threads_asking_at_once_all_get_the_right_values()
    {
        var cache = new BoundedCache<int, string>(32);

        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 5_000).Count(i => cache.GetOrAdd((i * 7 + worker) % 100, k => k.ToString(System.Globalization.CultureInfo.InvariantCulture))
                != ((i * 7 + worker) % 100).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var wrong = await Task.WhenAll(workers);

        Assert.All(wrong, w => Assert.Equal(0, w));
    }
}
