namespace CareerBot.Cli;

/// <summary>The streams a command reads and writes, so tests can drive commands without a process.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool InputIsTerminal)
{
    public static CliConsole System() => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
