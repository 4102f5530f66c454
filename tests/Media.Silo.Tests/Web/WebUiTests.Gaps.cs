using System.Net;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>Accounts Media cannot judge are shown as such wherever their activity is shown (SPEC §3.3, §5.5).</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task An_account_never_observed_is_listed_on_the_gaps_page_counted_on_the_dashboard_and_badged_in_the_list()
    {
        var unit = await web.Admin.CreateUnitAsync("440117");
        var opened = MediaClient.OpeningBody(unit, "weibo", "webunseen", openedOn: "2018-06-01");
        Assert.Equal(HttpStatusCode.Created, (await web.Admin.PostAsync("/api/accounts", opened)).StatusCode);

        var page = await SignInAsync("admin", WebSilo.Password);
        var card = page.Locator("#gap-count");
        Assert.True(int.Parse(await card.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("webunseen");

        await card.ClickAsync();
        await page.WaitForURLAsync("**/monitoring/gaps");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "weibo:webunseen" });
        await Assertions.Expect(row).ToContainTextAsync("尚未采集");
        await Assertions.Expect(row).ToContainTextAsync("备案以来没有推送、采集或抽查记录");
        await ScreenshotAsync(page, "monitoring-gaps");

        await page.GotoAsync("/monitoring/gaps?cause=blocked");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "weibo:webunseen" })).ToHaveCountAsync(0);
        await page.GotoAsync("/accounts?region=440117");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "weibo:webunseen" }).Locator(".badge.gap"))
            .ToHaveTextAsync("尚未采集");
    }
}
