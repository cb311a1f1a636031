using CareerBot.Cli;
using CareerBot.Web;

if (await CliApp.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(ContentRootLocator.CreateOptions(args));
builder.AddCareerBot();

var app = builder.Build();
app.MapCareerBot();
await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
