using CareerBot.Tests.DirectLine;

namespace CareerBot.Tests.WebChat;

/// <summary>Counsellors brand the page from appsettings.json (section WebChat).</summary>
public sealed class BrandingTests
{
    [Fact]
    public async Task The_page_shows_the_school_title_welcome_and_starter_prompts_from_configuration()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:SchoolName"] = "Maple Ridge Secondary",
            ["WebChat:Title"] = "Career questions",
            ["WebChat:WelcomeText"] = "Hello, Maple Ridge!",
            ["WebChat:AccentColor"] = "#7a1f5c",
            ["WebChat:StarterPrompts:0"] = "What do nurses earn?",
        });

        var page = await host.Http.GetStringAsync("");

        Assert.Contains("<title>Career questions</title>", page);
        Assert.Contains("Maple Ridge Secondary", page);
        Assert.Contains("Hello, Maple Ridge!", page);
        Assert.Contains("data-prompt=\"What do nurses earn?\"", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-prompt="));
        Assert.Contains("\"accentColor\":\"#7a1f5c\"", page);
    }

    [Fact]
    public async Task Without_its_own_welcome_and_starters_the_page_invites_any_job_in_its_language()
    {
        await using var english = await ChatHost.StartAsync();
        await using var french = await ChatHost.StartAsync(new Dictionary<string, string?> { ["WebChat:Language"] = "fr" });

        var en = await english.Http.GetStringAsync("");
        var fr = await french.Http.GetStringAsync("");

        Assert.Contains("Ask me about any job", en);
        Assert.Contains("data-prompt=\"What does a registered nurse do?\"", en);
        Assert.DoesNotContain("IT service manager", en, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", fr);
        Assert.Contains("importe quel m", fr); // HtmlEncoder writes the apostrophe and é as character references
        Assert.Contains("Pose-moi tes questions", fr);
        Assert.Contains("data-prompt=\"" + Html("Que fait une infirmière autorisée ?") + "\"", fr);
        Assert.Contains("aria-label=\"" + Html("Questions suggérées") + "\"", fr);
        Assert.Contains(Html("Aller à la conversation"), fr);
        Assert.Contains("\"reconnecting\":\"Reconnexion ", fr); // the page script's notices, JSON-escaped
        Assert.DoesNotContain("Skip to the chat", fr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_the_branding_is_shown_as_text_and_a_bad_colour_falls_back_to_the_default()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:SchoolName"] = "<script>alert(1)</script>",
            ["WebChat:AccentColor"] = "red; background:url(x)",
        });

        var page = await host.Http.GetStringAsync("");

        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Contains("\"accentColor\":\"#0b5cab\"", page);
    }

    [Fact]
    public async Task The_page_has_a_skip_link_a_labelled_conversation_and_a_live_status_line_for_screen_readers()
    {
        await using var host = await ChatHost.StartAsync();

        var page = await host.Http.GetStringAsync("");

        Assert.Contains("class=\"skip-link\" href=\"#chat\"", page);
        Assert.Contains("aria-label=\"Conversation\"", page);
        Assert.Contains("role=\"status\" aria-live=\"polite\"", page);
    }

    private static string Html(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);
}
