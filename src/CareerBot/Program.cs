using CareerBot.Cli;
using CareerBot.Web;

if (await CliApp.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

try
{
    var builder = WebApplication.CreateBuilder(ContentRootLocator.CreateOptions(args));
    builder.AddCareerBot();
    var app = builder.Build();
    app.MapCareerBot();
    await app.RunAsync();
    return 0;
}
catch (CareerBot.Knowledge.Files.KnowledgeFolderException ex)
{
    // A broken catalogue file stops the start: serving without it would tell students a job is unknown.
    await Console.Error.WriteLineAsync("CareerBot cannot start because of its knowledge folder:\n" + ex.Message);
    return 2;
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // A bad setting stops the start, saying which one and why, before anything listens.
    await Console.Error.WriteLineAsync("CareerBot cannot start because of its settings:\n  " + string.Join("\n  ", ex.Failures));
    return 2;
}

/// <summary>The host's entry point; public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
