namespace CareerBot.Cli;

/// <summary>The arguments of <c>careerbot chat</c>: its own flags, and the rest handed to the host as configuration.</summary>
public sealed record ChatOptions(string UserId, string Locale, IReadOnlyList<string> HostArgs, string? Error)
{
    public const string DefaultUserId = "terminal-user";
    public const string DefaultLocale = "en-US";

    public static ChatOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var userId = DefaultUserId;
        var locale = DefaultLocale;
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--user" or "--locale" when i + 1 >= args.Count:
                    return new(userId, locale, hostArgs, $"{args[i]} needs a value.");
                case "--user":
                    userId = args[++i];
                    break;
                case "--locale":
                    locale = args[++i];
                    break;
                default:
                    // "--Storage:Kind=memory", "--Knowledge:Folder=…": configuration for the host, as for the server.
                    hostArgs.Add(args[i]);
                    break;
            }
        }

        return new(userId, locale, hostArgs, null);
    }
}
