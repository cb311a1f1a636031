using System.Security.Cryptography;
using System.Text;

namespace CareerBot.BotFramework.Storage.Blob;

/// <summary>
/// Maps a state key to a blob name that every Blob endpoint accepts: letters, digits, '-' and '_' stay,
/// every other UTF-8 byte becomes "~XX". The mapping is one-to-one, so two keys never share a blob.
/// </summary>
internal static class BlobNames
{
    // Blob names may be 1024 characters; longer keys keep a readable prefix and a hash of the whole key.
    private const int MaxLength = 1024;
    private const int PrefixLength = 900;

    public static string FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var bytes = Encoding.UTF8.GetBytes(key);
        var name = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_')
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (name.Length <= MaxLength)
        {
            return name.ToString();
        }

        // An escaped name never holds "~~" (every '~' is followed by a hex digit), so a hashed name cannot equal one.
        var prefix = name.ToString(0, PrefixLength).TrimEnd('~');
        return $"{prefix}~~{Convert.ToHexString(SHA256.HashData(bytes))}";
    }

    /// <summary>The key a blob name was made from; null for a hashed name or a name this class did not make.</summary>
    public static string? ToKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains("~~", StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = new List<byte>(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != '~')
            {
                bytes.Add((byte)name[i]);
            }
            else if (i + 2 < name.Length && byte.TryParse(name.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier,
                         System.Globalization.CultureInfo.InvariantCulture, out var escaped))
            {
                bytes.Add(escaped);
                i += 2;
            }
            else
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
