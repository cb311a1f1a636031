using System.IO.Compression;
using System.Text.Json;
using CareerBot.Cli;
using CareerBot.Teams;

namespace CareerBot.Tests.Teams;

public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_command_writes_a_zip_with_the_manifest_and_both_icons_at_its_root()
    {
        var output = Path.Combine(_folder, "app.zip");

        var (exitCode, _, _) = await RunAsync("teams-package", "--app-id", AppId, "--host", "careers.example-school.ca", "--output", output);

        Assert.Equal(0, exitCode);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_manifest_declares_the_bot_for_personal_team_and_group_chats_with_a_command_list()
    {
        var manifest = await ManifestAsync("--host", "https://careers.example-school.ca/");

        Assert.Equal("1.22", manifest.GetProperty("manifestVersion").GetString());
        Assert.EndsWith("/v1.22/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString());
        Assert.Equal(AppId, manifest.GetProperty("id").GetString());
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var commands = Assert.Single(bot.GetProperty("commandLists").EnumerateArray()).GetProperty("commands").EnumerateArray().ToList();
        Assert.Contains(commands, c => c.GetProperty("title").GetString() == "Fit check");
        Assert.All(commands, c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128));
        Assert.InRange(commands.Count, 1, 10);
    }

    [Fact]
    public async Task The_manifest_meets_the_schema_limits_on_names_urls_and_domains()
    {
        var manifest = await ManifestAsync("--host", "careers.example-school.ca");

        Assert.InRange(manifest.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(manifest.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(manifest.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(manifest.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest.GetProperty("accentColor").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.GetProperty("version").GetString());
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://careers.example-school.ca/", manifest.GetProperty("developer").GetProperty(url).GetString());
        }

        Assert.Equal(["careers.example-school.ca"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void The_colour_icon_is_a_valid_192_pixel_square_png_in_the_accent_colour()
    {
        var icon = PngFile.Read(TeamsIcons.Color(0x0B5CAB));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(((byte)0x0B, (byte)0x5C, (byte)0xAB, (byte)0xFF), icon.Pixel(0, 0));
        Assert.Equal(((byte)0xFF, (byte)0xFF, (byte)0xFF, (byte)0xFF), icon.Pixel(96, 80));
    }

    [Fact]
    public void The_outline_icon_is_a_valid_32_pixel_png_of_white_on_transparent_only()
    {
        var icon = PngFile.Read(TeamsIcons.Outline());

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.True(p.A == 0 || p == (255, 255, 255, 255), $"pixel {p} is neither white nor transparent"));
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.Contains(icon.Pixels(), p => p.A == 0);
    }

    [Theory]
    [InlineData("not-a-guid", "careers.example-school.ca")]
    [InlineData(AppId, "")]
    [InlineData(AppId, "http://careers.example-school.ca")]
    [InlineData(AppId, "careers.example-school.ca/some/path")]
    public async Task Bad_input_is_refused_with_a_message_and_no_file(string appId, string host)
    {
        var output = Path.Combine(_folder, "refused.zip");

        var (exitCode, _, error) = await RunAsync("teams-package", "--app-id", appId, "--host", host, "--output", output);

        Assert.Equal(2, exitCode);
        Assert.Contains("teams-package:", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task The_package_is_listed_in_the_command_line_help()
    {
        var (_, output, _) = await RunAsync("--help");

        Assert.Contains("teams-package", output);
    }

    private async Task<JsonElement> ManifestAsync(params string[] hostArgs)
    {
        var output = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".zip");
        var (exitCode, _, error) = await RunAsync(["teams-package", "--app-id", AppId, .. hostArgs, "--output", output]);
        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(output);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return (await JsonDocument.ParseAsync(stream)).RootElement.Clone();
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.TryRunAsync(args, new CliConsole(TextReader.Null, output, error, false), CancellationToken.None);
        return (exitCode ?? -1, output.ToString(), error.ToString());
    }
}
