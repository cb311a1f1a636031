using System.Net;
using System.Text;

namespace CareerBot.Counselling.Console;

/// <summary>The console's page frame: its navigation, its style sheet and a content security policy with no script.</summary>
public static class ConsolePage
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <param name="refreshSeconds">Reloads the page this often (the inbox), with no script.</param>
    public static IResult Html(string title, string body, bool signedIn = true, int status = 200, int? refreshSeconds = null)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" · CareerBot counsellors</title>")
            .Append(refreshSeconds is { } seconds ? $"<meta http-equiv=\"refresh\" content=\"{seconds}\">" : "")
            .Append("<link rel=\"stylesheet\" href=\"/counsellor/console.css\"></head><body>")
            .Append("<header><strong>CareerBot</strong> <span>counsellors' console</span>");
        if (signedIn)
        {
            html.Append("<nav><a href=\"/counsellor\">Overview</a><a href=\"/counsellor/inbox\">Inbox</a><a href=\"/counsellor/questions\">Unanswered questions</a>")
                .Append("<a href=\"/counsellor/knowledge\">Knowledge</a><a href=\"/counsellor/export.csv\">Export CSV</a>")
                .Append("<form method=\"post\" action=\"/counsellor/sign-out\"><button type=\"submit\">Sign out</button></form></nav>");
        }

        html.Append("</header><main><h1>").Append(Encode(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return new PageResult(html.ToString(), status);
    }

    /// <summary>An HTML page that is never cached and says its own security policy.</summary>
    private sealed class PageResult(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers.XFrameOptions = "DENY";
            return response.WriteAsync(html, httpContext.RequestAborted);
        }
    }

    /// <summary>The live chat page's only script: fetches new lines every 3 seconds (which also keeps the counsellor online).</summary>
    public const string Script = """
        (function () {
          var lines = document.getElementById('lines');
          if (!lines) { return; }
          var count = Number(lines.getAttribute('data-count'));
          var url = '/counsellor/handoffs/' + encodeURIComponent(decodeURIComponent(lines.getAttribute('data-id'))) + '/lines';
          setInterval(function () {
            fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
              if (data && data.count !== count) { count = data.count; lines.innerHTML = data.html; }
            }).catch(function () { });
          }, 3000);
        })();
        """;

    public const string StyleSheet = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f6f7f9; }
        header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .75rem 1.25rem; background: #0b3e7a; color: #fff; }
        header span { opacity: .8; }
        nav { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-left: auto; }
        nav a { color: #fff; }
        nav form { margin: 0; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        section { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 1rem; margin: 1rem 0; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 1rem; }
        .card { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: .75rem 1rem; }
        .card b { display: block; font-size: 1.6rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #e6e8eb; vertical-align: top; }
        td form { display: inline; }
        button { font: inherit; padding: .3rem .7rem; border-radius: 6px; border: 1px solid #0b3e7a; background: #fff; color: #0b3e7a; cursor: pointer; }
        header button { background: transparent; color: #fff; border-color: #fff; }
        .muted { color: #5a6270; }
        .error { color: #a4262c; font-weight: 600; }
        .notice { background: #e7f3e8; border: 1px solid #9fcfa3; border-radius: 6px; padding: .5rem .75rem; }
        details { margin-top: .4rem; }
        .question { overflow-wrap: anywhere; margin: 0; }
        td:has(> details.question[open]) > .preview { display: none; }
        details.question .whole { max-height: 18rem; overflow-y: auto; white-space: pre-wrap; }
        details.question:not([open]) .opened, details.question[open] .closed { display: none; }
        form.example { display: grid; grid-template-columns: minmax(0, 1fr); gap: .3rem; margin-top: .4rem; max-width: 40rem; }
        form.example input, form.example select { width: 100%; box-sizing: border-box; }
        form.example p a { margin-left: .75rem; }
        select { font: inherit; padding: .3rem; }
        svg { max-width: 100%; height: auto; }
        svg text { font-size: 11px; fill: #1b1b1b; }
        input, textarea { font: inherit; padding: .4rem; width: min(36rem, 100%); box-sizing: border-box; }
        ul.lines { list-style: none; padding: 0; }
        ul.lines li { padding: .25rem 0; border-bottom: 1px solid #eef0f2; }
        """;
}
