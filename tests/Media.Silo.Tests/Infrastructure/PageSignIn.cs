using System.Net;
using System.Text.RegularExpressions;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>Signs in through the <c>/login</c> form, as a browser does, so the client's cookie container holds <c>media.auth</c>.</summary>
public static partial class PageSignIn
{
    public static async Task SignInAsync(HttpClient client, string username, string password)
    {
        var form = await client.GetStringAsync("/login", TestContext.Current.CancellationToken);
        var token = TokenOf(form);
        using var signedIn = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username, ["password"] = password, ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    /// <summary>The antiforgery token of a page's form, which a post of that form must carry.</summary>
    public static string TokenOf(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();
}
