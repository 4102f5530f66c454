using System.Net;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Web;

/// <summary>The violation page's review form: the reason beside its field when missing, kept and shown once given.</summary>
public sealed class ViolationReviewPageTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task Dismissing_without_a_reason_keeps_the_hit_suspected_and_says_so_beside_the_reason_field()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104", "county", "government");
        var id = (await admin.FileAccountAsync(unit, "wechat"))["id"]!.GetValue<string>();
        await admin.PostAsync($"/api/accounts/{id}/posts", new[]
        {
            new { postId = "ask", publishedAt = SharedSilo.Now.AddHours(-1).ToString("O"), title = "请各单位务必转发并截图上报" },
        });
        var violation = (await admin.GetJsonAsync("/api/violations?status=suspected&pageSize=200"))["items"]!.AsArray()
            .Single(v => v!["accountId"]!.GetValue<string>() == id)!["id"]!.GetValue<string>();
        var page = $"/violations/{Uri.EscapeDataString(violation)}";
        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(browser, "admin", SiloFactory.AdminPassword);

        using var bare = await DismissAsync(browser, page, "  ");
        var refused = WebUtility.HtmlDecode(await bare.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var given = await DismissAsync(browser, page, "系统通知，非强制转发");
        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync(given.Headers.Location, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Contains("<span id=\"reason-error\" class=\"field-error\">请填写排除理由</span>", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Contains("已排除该疑似问题", shown, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">审核理由</th><td>系统通知，非强制转发</td>", shown, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> DismissAsync(HttpClient browser, string page, string reason)
    {
        var token = PageSignIn.TokenOf(await browser.GetStringAsync(page, TestContext.Current.CancellationToken));
        return await browser.PostAsync($"{page}?handler=Dismiss", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reason"] = reason, ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
    }
}
