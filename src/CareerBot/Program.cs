using CareerBot.Cli;

if (await CliApp.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

Console.WriteLine("CareerBot: host not wired yet.");
return 0;
