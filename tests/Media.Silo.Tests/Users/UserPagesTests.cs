using System.Net;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Users;

/// <summary>
/// The pages of user administration signed in with a cookie, as a browser is: a role's forbidden pages answer 403 in
/// Chinese (not the sign-in form), and an admin disables, resets and edits users on <c>/admin/users</c>.
/// </summary>
public sealed partial class UserPagesTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private const string Password = UserCalls.Password;
    private readonly SiloFactory _silo = shared.Silo;

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/dashboard/")]
    public async Task A_signed_in_supervisor_gets_403_in_chinese_on_an_admin_page_and_an_anonymous_visitor_the_sign_in_form(string path)
    {
        using var admin = await _silo.AdminAsync();
        var supervisor = await UserCalls.CreateAsync(admin, "supervisor", "440100");
        using var browser = Browser();
        await PageSignIn.SignInAsync(browser, supervisor, Password);

        using var denied = await browser.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var html = WebUtility.HtmlDecode(await denied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("无权访问", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"password\"", html, StringComparison.OrdinalIgnoreCase);

        using var anonymous = Browser();
        using var challenged = await anonymous.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.StartsWith("/login", challenged.Headers.Location!.ToString().Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_disables_resets_and_edits_a_user_on_the_user_pages_and_a_bad_field_is_shown_beside_it()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var username = await UserCalls.CreateAsync(admin, "unit", unitCode: unit);
        using var browser = Browser();
        await PageSignIn.SignInAsync(browser, "admin", SiloFactory.AdminPassword);

        var list = await PageAsync(browser, "/admin/users?q=" + username);
        Assert.Contains("测试单位" + unit[^4..], list, StringComparison.Ordinal);
        Assert.Contains("正常", list, StringComparison.Ordinal);

        using var disabled = await PostAsync(browser, "/admin/users?handler=Disable", list, new() { ["user"] = username, ["disabled"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("已停用", await PageAsync(browser, "/admin/users?q=" + username), StringComparison.Ordinal);
        using var http = _silo.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Security.SignInCalls.TryAsync(http, username, Password)).StatusCode);

        using var reset = await PostAsync(browser, "/admin/users?handler=Reset", list, new() { ["user"] = username });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var temporary = TemporaryPassword().Match(WebUtility.HtmlDecode(await reset.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))).Groups[1].Value;
        Assert.Null(Media.Application.Users.PasswordPolicy.Validate(temporary, username));

        var edit = await PageAsync(browser, "/admin/users/" + username);
        using var refused = await PostAsync(browser, "/admin/users/" + username, edit, new()
        {
            ["DisplayName"] = "新名字", ["Role"] = "unit", ["UnitCode"] = unit, ["Email"] = "wrong", ["Disabled"] = "false",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Matches("id=\"email-error\" class=\"field-error\">[^<]+<", refusedHtml);
        Assert.Contains("测试用户", await PageAsync(browser, "/admin/users?q=" + username), StringComparison.Ordinal);

        using var saved = await PostAsync(browser, "/admin/users/" + username, edit, new()
        {
            ["DisplayName"] = "新名字", ["Role"] = "unit", ["UnitCode"] = unit, ["Email"] = username + "@example.cn", ["Immediate"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await PageAsync(browser, "/admin/users?q=" + username);
        Assert.Contains("新名字", after, StringComparison.Ordinal);
        Assert.Contains("正常", after, StringComparison.Ordinal);

        // The reset asked for a new password: the sign-in sends the user to choose one.
        using var userBrowser = Browser();
        var form = await userBrowser.GetStringAsync("/login", TestContext.Current.CancellationToken);
        using var signedIn = await PostAsync(userBrowser, "/login", form, new() { ["username"] = username, ["password"] = temporary });
        Assert.Equal("/account/password?reset=1", signedIn.Headers.Location?.ToString());
    }

    private HttpClient Browser() => _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string formPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(formPage).Groups[1].Value;
        return browser.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<code id=\"temporary-password\">([^<]+)</code>")]
    private static partial Regex TemporaryPassword();
}
