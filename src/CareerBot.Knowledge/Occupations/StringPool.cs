namespace CareerBot.Knowledge.Occupations;

/// <summary>Keeps one instance of each repeated string (ids, codes, labels) while a catalogue loads; private to the
/// load so nothing lingers in the process-wide intern pool.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

    public string Get(string value)
    {
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (pool.TryGetValue(value, out var kept))
        {
            return kept;
        }

        pool[value] = value;
        return value;
    }
}
