namespace CareerBot.Cli;

/// <summary>What <c>careerbot ask</c> was asked to do: one question from the arguments, or one per stdin line.</summary>
internal sealed record AskArguments(bool Json, string? Folder, string? Question)
{
    public bool FromStdin => Question is null;

    public static bool TryParse(IReadOnlyList<string> args, out AskArguments parsed, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (json, stdin) = (false, false);
        string? folder = null;
        var words = new List<string>();
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "-":
                    stdin = true;
                    break;
                case "--knowledge" when i + 1 < args.Count:
                    folder = args[++i];
                    break;
                case "--":
                    words.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option '{option}'";
                    break;
                default:
                    words.Add(args[i]);
                    break;
            }
        }

        if (problem is null && stdin == (words.Count > 0))
        {
            problem = stdin ? "give a question or '-', not both" : "no question given";
        }

        parsed = new AskArguments(json, folder, stdin ? null : string.Join(' ', words));
        return problem is null;
    }
}
