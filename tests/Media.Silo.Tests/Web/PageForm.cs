using System.Net;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Web;

/// <summary>
/// A browser's requests without the browser: signed in with the cookie, it reads a form for its antiforgery token and posts
/// the fields as the form would. Pages come back decoded (Razor writes Chinese as character references).
/// </summary>
public sealed class PageForm : IDisposable
{
    private readonly HttpClient _client;

    private PageForm(HttpClient client) => _client = client;

    public static async Task<PageForm> SignInAsync(SiloFactory silo, string username, string password)
    {
        var client = silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(client, username, password);
        return new PageForm(client);
    }

    /// <summary>The page's HTML, decoded.</summary>
    public async Task<string> ReadAsync(string path) =>
        WebUtility.HtmlDecode(await _client.GetStringAsync(path, TestContext.Current.CancellationToken));

    /// <summary>Posts the form of <paramref name="path"/>: the redirect's target, or null and the form shown again.</summary>
    public async Task<(string? Location, string Html)> PostAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        var form = await _client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var token = PageSignIn.AntiforgeryToken().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        using var response = await _client.PostAsync(path, content, TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect => (response.Headers.Location!.OriginalString, html),
            HttpStatusCode.OK => (null, html),
            var other => throw new Xunit.Sdk.XunitException($"POST {path} answered {(int)other}: {html}"),
        };
    }

    /// <summary>The text of the message element beside the input <paramref name="inputId"/> (<c>{id}-error</c>).</summary>
    public static string ErrorBeside(string html, string inputId)
    {
        var match = Regex.Match(html, $"<span id=\"{Regex.Escape(inputId)}-error\" class=\"field-error\">(.*?)</span>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no #{inputId}-error in the page");
        return match.Groups[1].Value.Trim();
    }

    public void Dispose() => _client.Dispose();
}
