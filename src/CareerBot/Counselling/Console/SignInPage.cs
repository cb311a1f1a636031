using System.Text;

namespace CareerBot.Counselling.Console;

/// <summary>The console's sign-in page: the access key form, and "Sign in with Microsoft" when Entra ID is configured.</summary>
public static class SignInPage
{
    public static string Body(bool accessKey, bool entra, string? error)
    {
        var html = new StringBuilder("<section>");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(ConsolePage.Encode(error)).Append("</p>");
        }

        if (entra)
        {
            html.Append("<p><a href=\"/counsellor/sign-in/entra\">Sign in with Microsoft</a></p>");
        }

        if (accessKey)
        {
            html.Append("<form method=\"post\" action=\"/counsellor/sign-in\"><p><label for=\"key\">School access key</label><br>")
                .Append("<input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"current-password\" required></p>")
                .Append("<p><button type=\"submit\">Sign in</button></p></form>");
        }

        if (!accessKey && !entra)
        {
            html.Append("<p>The console is off: set <code>Counselling:AccessKey</code>, or <code>Counselling:OpenIdConnect:Authority</code> ")
                .Append("and <code>ClientId</code>, to let school staff sign in.</p>");
        }

        return html.Append("</section>").ToString();
    }
}
