using System.Text;
using CareerBot.Knowledge.Matching;

namespace CareerBot.Understanding.Corpus;

/// <summary>
/// The form two examples are compared in for duplicates: lower case, no accents, letters and digits only, single spaces.
/// "What's the PAY?" and "whats the pay" are the same example.
/// </summary>
public static class ExampleKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in TextFolding.Fold(text))
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        // A message of emoji or symbols only ("👍") is compared as typed.
        return builder.Length > 0 ? builder.ToString().TrimEnd() : text.Trim();
    }
}
