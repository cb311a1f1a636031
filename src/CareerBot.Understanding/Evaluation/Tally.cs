namespace CareerBot.Understanding.Evaluation;

/// <summary>Right answers out of all, by a key (intent, topic, career, language…).</summary>
public sealed class Tally
{
    private readonly SortedDictionary<string, (int Right, int All)> counts = new(StringComparer.Ordinal);

    public int Right { get; private set; }

    public int All { get; private set; }

    public double Accuracy => All == 0 ? 1 : (double)Right / All;

    public IEnumerable<(string Key, int Right, int All)> ByKey => counts.Select(p => (p.Key, p.Value.Right, p.Value.All));

    public void Add(bool right, params string?[] keys)
    {
        Right += right ? 1 : 0;
        All++;
        foreach (var key in keys.OfType<string>())
        {
            var (r, a) = counts.GetValueOrDefault(key);
            counts[key] = (r + (right ? 1 : 0), a + 1);
        }
    }
}
