using System.Globalization;
using CareerBot.Cli;
using CareerBot.Counselling.Examples;
using CareerBot.Counselling.Handoff;
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
        app.MapGet("/counsellor/console.js", () => Results.Text(ConsolePage.Script, "text/javascript"));
        app.MapGet("/counsellor/sign-in", (IOptions<CounsellingOptions> options, string? refused) =>
            ConsolePage.Html("Sign in", SignInPage.Body(HasKey(options.Value), options.Value.OpenIdConnect.IsConfigured, Refusal(refused, options.Value)),
                signedIn: false, status: refused is null ? 200 : 403));
        app.MapPost("/counsellor/sign-in", SignInAsync).RequireRateLimiting(ConsoleSignIn.RateLimitPolicy).DisableAntiforgery().AddEndpointFilter(SameOriginOnly);
        app.MapGet("/counsellor/sign-in/entra", (IOptions<CounsellingOptions> options) => options.Value.OpenIdConnect.IsConfigured
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/counsellor" }, [ConsoleSignIn.EntraScheme])
            : Results.NotFound());
        app.MapPost("/counsellor/sign-out", async (HttpContext http, CounsellorPresence presence) =>
        {
            if (http.User.Identity?.IsAuthenticated == true)
            {
                await presence.MarkOfflineAsync(ConsoleSignIn.PresenceOf(http.User), http.RequestAborted);
            }

            await http.SignOutAsync(ConsoleSignIn.CookieScheme);
            return Results.Redirect("/counsellor/sign-in");
        }).DisableAntiforgery().AddEndpointFilter(SameOriginOnly);

        var console = app.MapGroup("/counsellor").RequireAuthorization(ConsoleSignIn.Policy);
        console.MapGet("", OverviewAsync);
        console.MapGet("/questions", QuestionsAsync);
        console.MapPost("/questions/handled", MarkHandledAsync).DisableAntiforgery().AddEndpointFilter(SameOriginOnly);
        console.MapGet("/questions/example", ExampleFormAsync);
        console.MapPost("/questions/example", AddExampleAsync).DisableAntiforgery().AddEndpointFilter(SameOriginOnly);
        console.MapGet("/inbox", async (HttpContext http, HandoffStore handoffs, CounsellorPresence presence, CancellationToken cancellationToken) =>
        {
            await presence.MarkOnlineAsync(ConsoleSignIn.PresenceOf(http.User), cancellationToken);
            return ConsolePage.Html("Inbox", InboxPage.Body(await handoffs.ListAsync(cancellationToken)), refreshSeconds: 10);
        });
        console.MapGet("/handoffs/{id}", async (HttpContext http, string id, HandoffStore handoffs, CounsellorPresence presence, CancellationToken cancellationToken) =>
        {
            await presence.MarkOnlineAsync(ConsoleSignIn.PresenceOf(http.User), cancellationToken);
            return await handoffs.GetAsync(id, cancellationToken) is { } handoff
                ? ConsolePage.Html("A student asked for a person", HandoffPage.Body(handoff, ConsoleSignIn.PersonalNameOf(http.User)))
                : NotKept();
        });
        console.MapGet("/handoffs/{id}/lines", async (HttpContext http, string id, HandoffStore handoffs, CounsellorPresence presence, CancellationToken cancellationToken) =>
        {
            await presence.MarkOnlineAsync(ConsoleSignIn.PresenceOf(http.User), cancellationToken);
            return await handoffs.GetAsync(id, cancellationToken) is { } handoff
                ? Results.Json(new { count = handoff.Messages.Count, status = handoff.Status.ToString(), html = HandoffPage.Lines(handoff.Messages) })
                : Results.NotFound();
        });
        console.MapPost("/handoffs/{id}/reply", ReplyAsync).DisableAntiforgery().AddEndpointFilter(SameOriginOnly);
        console.MapPost("/handoffs/{id}/end", EndAsync).DisableAntiforgery().AddEndpointFilter(SameOriginOnly);
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
        InsightStore store, IOptions<CounsellingOptions> options, Knowledge.Catalog.ICareerCatalog catalog,
        int? page, int? all, string? added, CancellationToken cancellationToken)
    {
        var number = Math.Max(1, page ?? 1);
        var openOnly = all != 1;
        var (questions, total) = await store.QuestionsAsync((number - 1) * QuestionsPage.PageSize, QuestionsPage.PageSize, openOnly, cancellationToken);
        // Only a file:line this console writes is shown, so a crafted link cannot put other words on the page.
        var notice = added is { Length: < 200 } where && AddedExampleFile.IsPlace(where)
            ? $"Added as an example at {where}. CareerBot learns from it within a few seconds."
            : null;
        return ConsolePage.Html("Unanswered questions",
            QuestionsPage.Body(questions, total, number, openOnly, options.Value.KeepQuestionText, options.Value.RetentionDays, catalog, notice));
    }

    private static async Task<IResult> ExampleFormAsync(
        InsightStore store, CounsellorExamples examples, Knowledge.Catalog.ICareerCatalog catalog, string? id, CancellationToken cancellationToken) =>
        await OpenQuestionAsync(store, id, cancellationToken) is { } question
            ? ConsolePage.Html("Add as an example", AddExamplePage.Body(question, examples.Choices(), catalog))
            : QuestionGone();

    /// <summary>"Add as an example": the labelled question joins the training examples (if check accepts it) and is marked handled.</summary>
    private static async Task<IResult> AddExampleAsync(
        HttpContext http, InsightStore store, CounsellorExamples examples, Knowledge.Catalog.ICareerCatalog catalog, string? id, CancellationToken cancellationToken)
    {
        if (await OpenQuestionAsync(store, id, cancellationToken) is not { } question)
        {
            return QuestionGone();
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
        var (text, label, language) = (form?["text"].ToString(), form?["label"].ToString(), form?["language"].ToString());
        var result = await examples.AddAsync(text, label, language, cancellationToken);
        if (!result.IsAdded)
        {
            // The form again, with what the counsellor typed and chose, and why it was not added.
            return ConsolePage.Html("Add as an example", AddExamplePage.Body(question, examples.Choices(), catalog, text, label, language, result.Message),
                status: StatusCodes.Status422UnprocessableEntity);
        }

        await store.MarkHandledAsync(question.Id, cancellationToken, addedAs: label);
        return Results.Redirect("/counsellor/questions?added=" + Uri.EscapeDataString(result.Where!));
    }

    /// <summary>A kept question that is still open, or null (gone with the retention, handled, or not an id at all).</summary>
    private static async Task<QuestionRecord?> OpenQuestionAsync(InsightStore store, string? id, CancellationToken cancellationToken) =>
        !IsQuestionId(id) || await store.QuestionAsync(id, cancellationToken) is not { Handled: false, Text: not null } question
            ? null
            : question;

    private static async Task<IResult> MarkHandledAsync(InsightStore store, string? id, CancellationToken cancellationToken)
    {
        if (!IsQuestionId(id) || !await store.MarkHandledAsync(id, cancellationToken))
        {
            return ConsolePage.Html("Not found", "<p>That question is no longer kept (the retention may have deleted it).</p>", status: 404);
        }

        return Results.Redirect("/counsellor/questions");
    }

    /// <summary>An id as the console links it: present, and no way up out of the questions' keys.</summary>
    private static bool IsQuestionId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        !string.IsNullOrEmpty(id) && !id.Contains("..", StringComparison.Ordinal);

    private static IResult QuestionGone() =>
        ConsolePage.Html("Not found", "<p>That question is no longer open: it was handled, or the retention deleted it.</p>", status: 404);

    /// <summary>The counsellor answers: the line is kept, and sent into the student's chat under the counsellor's name.</summary>
    private static async Task<IResult> ReplyAsync(
        HttpContext http, string id, HandoffStore handoffs, HandoffDelivery delivery, TimeProvider clock, InsightRecorder insights,
        CancellationToken cancellationToken)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
        var text = form?["text"].ToString().Trim() ?? "";
        var name = form?["name"].ToString().Trim() is { Length: > 0 and <= 60 } given ? given : "Counsellor";
        if (text.Length is 0 or > 2000)
        {
            return ConsolePage.Html("Reply not sent", "<p class=\"error\">A reply needs 1 to 2,000 characters.</p>", status: 400);
        }

        var firstAnswer = false;
        var handoff = await handoffs.UpdateAsync(id, h =>
        {
            // Read inside the update: of two counsellors answering at once, one counts the request as answered.
            firstAnswer = !h.Messages.Any(m => m.From == HandoffSpeakers.Counsellor);
            return h with
            {
                Status = h.Status == HandoffStatus.Message ? HandoffStatus.Message : HandoffStatus.Active,
                CounsellorName = name,
                Messages = [.. h.Messages, new HandoffLine(HandoffSpeakers.Counsellor, text, clock.GetUtcNow())],
            };
        }, cancellationToken);
        if (handoff is null)
        {
            return NotKept();
        }

        if (firstAnswer)
        {
            insights.Handoff(HandoffOutcomes.Answered);
        }

        var label = Advisor.Replies.Words.AdvisorWords.For(handoff.Language).CounsellorLabel(name);
        var message = BotFramework.Turns.MessageFactory.Text($"**{label}:** {text}");
        if (!await delivery.SendAsync(handoff, message, label, cancellationToken))
        {
            return ConsolePage.Html("Reply not delivered",
                "<p class=\"error\">The student's conversation has ended, so the reply could not reach them. It is kept here.</p>", status: 410);
        }

        return Results.Redirect($"/counsellor/handoffs/{Uri.EscapeDataString(id)}");
    }

    /// <summary>The counsellor ends the chat: the student is told they are back with CareerBot, in their language.</summary>
    private static async Task<IResult> EndAsync(string id, HandoffStore handoffs, HandoffDelivery delivery, CancellationToken cancellationToken)
    {
        var before = await handoffs.GetAsync(id, cancellationToken);
        var handoff = await handoffs.UpdateAsync(id, h => h with { Status = HandoffStatus.Ended }, cancellationToken);
        if (handoff is null || before is null)
        {
            return NotKept();
        }

        if (before.Status is HandoffStatus.Waiting or HandoffStatus.Active)
        {
            var words = Advisor.Replies.Words.AdvisorWords.For(handoff.Language);
            await delivery.SendAsync(handoff, BotFramework.Turns.MessageFactory.Text(words.HandoffEnded), null, cancellationToken);
        }

        return Results.Redirect("/counsellor/inbox");
    }

    private static IResult NotKept() =>
        ConsolePage.Html("Not found", "<p>That conversation is no longer kept (the student may have asked CareerBot to forget them).</p>", status: 404);

    private static (DateOnly From, DateOnly To) Period(TimeProvider clock, int? days)
    {
        var to = InsightStore.DayOf(clock.GetUtcNow());
        return (to.AddDays(-(Math.Clamp(days ?? 30, 1, 366) - 1)), to);
    }

    private static string? Refusal(string? refused, CounsellingOptions options) => refused switch
    {
        null => null,
        ConsoleEntraSignIn.RefusedForRole =>
            $"That account cannot use the console: it needs CareerBot's \"{options.OpenIdConnect.RequiredRole}\" role. " +
            "Ask your school's Microsoft 365 administrator to assign it to counselling staff.",
        _ => "The sign-in with Microsoft did not complete. Please try again.",
    };

    private static bool HasKey(CounsellingOptions options) => !string.IsNullOrEmpty(options.AccessKey);

    /// <summary>Every console form post: one sent from another site is refused before its handler runs.</summary>
    private static async ValueTask<object?> SameOriginOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        SameOrigin(context.HttpContext) ? await next(context) : Results.StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>A post from this host's own pages: no Origin (an older browser, a test client) or the same scheme and host.</summary>
    private static bool SameOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{http.Request.Scheme}://{http.Request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
