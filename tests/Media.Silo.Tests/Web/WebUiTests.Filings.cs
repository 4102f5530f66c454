using System.Globalization;
using Media.Domain.Time;
using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>The unit's opening and change filings in the browser, with the approval and a change of one detail (issue 20).</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task A_city_department_files_an_opening_with_the_city_office_s_approval_and_gets_no_approval_missing()
    {
        var unit = await web.Admin.CreateUnitAsync("440100", "city", "department");
        var page = await SignInAsync("admin", WebSilo.Password);

        await page.GotoAsync("/accounts/new");
        await page.GetByLabel("主办单位统一社会信用代码 *").FillAsync(unit);
        await page.GetByLabel("平台 *").SelectOptionAsync("weibo");
        await page.GetByLabel("平台账号（ID） *").FillAsync("webapproved");
        await page.GetByLabel("账号名称 *").FillAsync("广州市某局发布");
        await page.GetByLabel("开设日期 *").FillAsync(Yesterday());
        await page.GetByLabel("互动功能 *").SelectOptionAsync("true");
        await page.GetByLabel("姓名").FillAsync("李四");
        await page.GetByLabel("电话").FillAsync("13800138000");
        await page.GetByLabel("电子邮箱").FillAsync("lisi@example.cn");
        await page.GetByLabel("运维单位名称").FillAsync("广州某信息科技有限公司");
        await page.GetByLabel("审批机关").SelectOptionAsync("440100");
        await page.GetByLabel("审批文号").FillAsync("穗府办函〔2026〕88号");
        await page.GetByLabel("审批日期").FillAsync(Yesterday());
        await ScreenshotAsync(page, "opening-with-approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("开设备案已提交");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "审批 广州市人民政府办公室 穗府办函〔2026〕88号" })).ToBeVisibleAsync();
        Assert.DoesNotContain("未经审批", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var findings = (await web.Admin.GetJsonAsync("/api/accounts/weibo:webapproved"))["findings"]!.AsArray();
        Assert.DoesNotContain(findings, f => f!["rule"]!.GetValue<string>() == "approval-missing");
        await ScreenshotAsync(page, "opening-filed");
    }

    [Fact]
    public async Task A_unit_changes_only_the_responsible_person_s_phone_and_the_history_shows_old_and_new()
    {
        var unit = await web.Admin.CreateUnitAsync("440106");
        await web.Admin.FileAccountAsync(unit, "weibo", "webphone");
        await CreateUserAsync("phoneunit", "unit", null, unit);
        var page = await SignInAsync("phoneunit", UserPassword);

        await page.GotoAsync("/accounts/weibo:webphone");
        await page.GetByRole(AriaRole.Link, new() { Name = "变更、关停或注销备案" }).ClickAsync();
        await page.GetByLabel("备案事项 *").SelectOptionAsync("change");
        await page.GetByLabel("原因").FillAsync("负责人更换手机号码");
        await page.GetByLabel("新的负责人电话").FillAsync("13900139000");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("变更备案已提交");
        var change = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "负责人更换手机号码" });
        await Assertions.Expect(change).ToContainTextAsync("负责人电话：13800138000 → 13900139000");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "负责人 张三（13900139000，zhang@example.cn）" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "change-history");
    }

    // The silo process runs on the real clock; an opening dated yesterday (Beijing) is on time and never in the future.
    private static string Yesterday() =>
        BeijingTime.Today(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
