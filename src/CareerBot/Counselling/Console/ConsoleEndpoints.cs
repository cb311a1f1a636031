using System.Globalization;
using CareerBot.Cli;
using CareerBot.Counselling.Insights;
using CareerBot.Knowledge;
using CareerBot.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CareerBot.Counselling.Console;

/// <summary>
/// <c>/counsellor</c>: the school staff's console. Every page but sign-in requires a signed-in counsellor; a form post
/// from another site is refused (the cookie is SameSite=Strict, and the Origin is checked as well).
/// </summary>
public static class ConsoleEndpoints
{
    public static WebApplication MapCounsellorConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/counsellor/console.css", () => Results.Text(ConsolePage.StyleSheet, "text/css"));
        app.MapGet("/counsellor/sign-in", (IOptions<CounsellingOptions> options) =>
            ConsolePage.Html("Sign in", SignInPage.Body(HasKey(options.Value), options.Value.OpenIdConnect.IsConfigured, null), signedIn: false));
        app.MapPost("/counsellor/sign-in", SignInAsync).RequireRateLimiting(ConsoleSignIn.RateLimitPolicy).DisableAntiforgery();
        app.MapGet("/counsellor/sign-in/entra", (IOptions<CounsellingOptions> options) => options.Value.OpenIdConnect.IsConfigured
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/counsellor" }, [ConsoleSignIn.EntraScheme])
            : Results.NotFound());
        app.MapPost("/counsellor/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(ConsoleSignIn.CookieScheme);
            return Results.Redirect("/counsellor/sign-in");
        }).DisableAntiforgery();

        var console = app.MapGroup("/counsellor").RequireAuthorization(ConsoleSignIn.Policy);
        console.MapGet("", OverviewAsync);
        console.MapGet("/questions", QuestionsAsync);
        console.MapPost("/questions/handled", MarkHandledAsync).DisableAntiforgery();
        console.MapGet("/knowledge", (KnowledgeBase knowledge, KnowledgeStatus status) =>
            ConsolePage.Html("Knowledge", KnowledgePage.Body(knowledge.Careers, status.LastLoaded, knowledge.Folder, CheckCommand.Run(knowledge.Folder).Problems)));
        console.MapGet("/export.csv", async (InsightStore store, TimeProvider clock, int? days, CancellationToken cancellationToken) =>
        {
            var (from, to) = Period(clock, days);
            var csv = InsightsCsv.Write(await store.DaysAsync(from, to, cancellationToken));
            return Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"careerbot-insights-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv");
        });
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IOptions<CounsellingOptions> options)
    {
        var settings = options.Value;
        if (!SameOrigin(http))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        if (!HasKey(settings) || !ConsoleSignIn.IsAccessKey(form?["key"].ToString(), settings.AccessKey))
        {
            return ConsolePage.Html("Sign in", SignInPage.Body(HasKey(settings), settings.OpenIdConnect.IsConfigured,
                "That key is not right. Ask the person who set up CareerBot for the school's access key."), signedIn: false, status: 401);
        }

        await http.SignInAsync(ConsoleSignIn.CookieScheme, ConsoleSignIn.StaffWithKey());
        return Results.Redirect("/counsellor");
    }

    private static async Task<IResult> OverviewAsync(InsightStore store, TimeProvider clock, Knowledge.Catalog.ICareerCatalog catalog, int? days, CancellationToken cancellationToken)
    {
        var (from, to) = Period(clock, days);
        var counts = await store.DaysAsync(from, to, cancellationToken);
        return ConsolePage.Html("Overview", OverviewPage.Body(counts, catalog, to.DayNumber - from.DayNumber + 1));
    }

    private static async Task<IResult> QuestionsAsync(
        InsightStore store, IOptions<CounsellingOptions> options, Knowledge.Catalog.ICareerCatalog catalog, int? page, int? all, CancellationToken cancellationToken)
    {
        var number = Math.Max(1, page ?? 1);
        var openOnly = all != 1;
        var (questions, total) = await store.QuestionsAsync((number - 1) * QuestionsPage.PageSize, QuestionsPage.PageSize, openOnly, cancellationToken);
        return ConsolePage.Html("Unanswered questions",
            QuestionsPage.Body(questions, total, number, openOnly, options.Value.KeepQuestionText, options.Value.RetentionDays, catalog));
    }

    private static async Task<IResult> MarkHandledAsync(HttpContext http, InsightStore store, string? id, CancellationToken cancellationToken)
    {
        if (!SameOrigin(http))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (string.IsNullOrEmpty(id) || id.Contains("..", StringComparison.Ordinal) || !await store.MarkHandledAsync(id, cancellationToken))
        {
            return ConsolePage.Html("Not found", "<p>That question is no longer kept (the retention may have deleted it).</p>", status: 404);
        }

        return Results.Redirect("/counsellor/questions");
    }

    private static (DateOnly From, DateOnly To) Period(TimeProvider clock, int? days)
    {
        var to = InsightStore.DayOf(clock.GetUtcNow());
        return (to.AddDays(-(Math.Clamp(days ?? 30, 1, 366) - 1)), to);
    }

    private static bool HasKey(CounsellingOptions options) => !string.IsNullOrEmpty(options.AccessKey);

    /// <summary>A post from this host's own pages: no Origin (an older browser, a test client) or the same scheme and host.</summary>
    private static bool SameOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{http.Request.Scheme}://{http.Request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
