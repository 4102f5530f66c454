using System.Net;
using System.Text;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>The supervisors' and units' workflows in the browser: filings after opening, rectification, sampling.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task A_unit_files_a_change_after_a_validation_error_and_then_closes_the_account()
    {
        var unit = await web.Admin.CreateUnitAsync("440105");
        await web.Admin.FileAccountAsync(unit, "weibo", "webchange");
        await CreateUserAsync("changeunit", "unit", null, unit);
        var page = await SignInAsync("changeunit", UserPassword);

        await page.GotoAsync("/accounts/weibo:webchange");
        await page.GetByRole(AriaRole.Link, new() { Name = "变更、关停或注销备案" }).ClickAsync();
        await page.GetByLabel("备案事项 *").SelectOptionAsync("change");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await Assertions.Expect(page.GetByText("变更备案须说明变更内容")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "change-filing-error");

        await page.GetByLabel("新的账号名称").FillAsync("更名后的网页测试号");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("更名后的网页测试号");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "变更", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "变更、关停或注销备案" }).ClickAsync();
        await page.GetByLabel("备案事项 *").SelectOptionAsync("close");
        await page.GetByLabel("原因").FillAsync("机构调整，账号停止运维");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "状态 已关停" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "变更、关停或注销备案" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_supervisor_sees_a_violation_and_sends_a_notice_the_unit_answers_and_the_supervisor_verifies()
    {
        var unit = await web.Admin.CreateUnitAsync("440105");
        var opened = MediaClient.OpeningBody(unit, "weibo", "websilent", openedOn: "2026-09-01");
        Assert.Equal(HttpStatusCode.Created, (await web.Admin.PostAsync("/api/accounts", opened)).StatusCode);

        // Observed once, in September (no verdict without an observation), and silent since.
        Assert.Equal(HttpStatusCode.OK, (await web.Admin.PostAsync("/api/accounts/weibo:websilent/posts",
            new[] { new { postId = "p1", publishedAt = "2026-09-02T10:00:00+08:00" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await web.Admin.PostAsync("/api/sweeps", new { })).StatusCode);
        await CreateUserAsync("noticecity", "supervisor", "440100", null);
        await CreateUserAsync("answerunit", "unit", null, unit);

        var supervisor = await SignInAsync("noticecity", UserPassword);
        await supervisor.GotoAsync("/violations?rule=no-update-2w");
        var row = supervisor.GetByRole(AriaRole.Row).Filter(new() { HasText = "weibo:websilent" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await ScreenshotAsync(supervisor, "violation-queue");
        await row.GetByRole(AriaRole.Link, new() { Name = "监测时间点前2周内无更新" }).ClickAsync();

        // A deadline in the past: the API's message next to the field, nothing sent.
        await supervisor.GetByLabel("通知内容").FillAsync("请于期限内恢复更新并报送整改情况");
        await supervisor.GetByLabel("整改期限", new() { Exact = false }).FillAsync("2020-01-01");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "下发整改通知" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("#deadline-error")).ToHaveTextAsync("整改期限应在今天至180天之内");
        await Assertions.Expect(supervisor.GetByLabel("通知内容")).ToHaveValueAsync("请于期限内恢复更新并报送整改情况");

        await supervisor.GetByLabel("整改期限", new() { Exact = false }).FillAsync("");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "下发整改通知" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToHaveTextAsync("整改通知已下发。");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Row, new() { Name = "状态 整改中" })).ToBeVisibleAsync();
        await ScreenshotAsync(supervisor, "violation-notice-sent");
        var violationUrl = supervisor.Url;

        var unitPage = await SignInAsync("answerunit", UserPassword);
        await unitPage.GotoAsync("/violations?rule=no-update-2w");
        await unitPage.GetByRole(AriaRole.Row).Filter(new() { HasText = "weibo:websilent" }).GetByRole(AriaRole.Link, new() { Name = "监测时间点前2周内无更新" }).ClickAsync();
        await Assertions.Expect(unitPage.GetByRole(AriaRole.Button, new() { Name = "下发整改通知" })).ToHaveCountAsync(0);
        await unitPage.GetByLabel("整改情况 *").FillAsync("已安排专人每周更新，已发布三条");
        await unitPage.GetByLabel("佐证链接").FillAsync("https://weibo.com/websilent/1");
        await unitPage.GetByRole(AriaRole.Button, new() { Name = "提交整改情况" }).ClickAsync();
        await Assertions.Expect(unitPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("整改情况已提交，等待监管单位核验。");
        await ScreenshotAsync(unitPage, "violation-unit-answer");

        await supervisor.GotoAsync(violationUrl);
        await Assertions.Expect(supervisor.GetByText("已安排专人每周更新，已发布三条")).ToBeVisibleAsync();
        await supervisor.GetByLabel("整改到位，结束").CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "提交核验" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Row, new() { Name = "状态 已整改" })).ToBeVisibleAsync();

        var api = await web.Admin.GetJsonAsync("/api/violations?rule=no-update-2w&status=resolved");
        Assert.Contains(api["items"]!.AsArray(), v => v!["accountId"]!.GetValue<string>() == "weibo:websilent");

        // The city's dashboard counts this week's violation in its chart (README's screenshot).
        await supervisor.GotoAsync("/");
        var chart = await supervisor.Locator("figure.chart svg").GetAttributeAsync("aria-label");
        Assert.Matches(@"[1-9]\d*$", chart);
        await ScreenshotAsync(supervisor, "dashboard-supervisor");
    }

    [Fact]
    public async Task A_supervisor_runs_a_sampling_inspects_each_account_and_downloads_the_report()
    {
        var unit = await web.Admin.CreateUnitAsync("440306");
        foreach (var handle in new[] { "sample1", "sample2", "sample3" })
        {
            await web.Admin.FileAccountAsync(unit, "weibo", handle);
        }

        await CreateUserAsync("samplecity", "supervisor", "440300", null);
        var page = await SignInAsync("samplecity", UserPassword);
        await page.GotoAsync("/samplings");
        await page.GetByLabel("行政区划代码").FillAsync("440306");
        await page.GetByLabel("抽查比例", new() { Exact = false }).FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "抽取样本" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ratio-error")).Not.ToBeEmptyAsync();

        await page.GetByLabel("抽查比例", new() { Exact = false }).FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "抽取样本" }).ClickAsync();
        await page.WaitForURLAsync("**/samplings/*-440306");
        await ScreenshotAsync(page, "sampling");

        // Saving an inspection goes on to the next account; after the last, back to the sampling.
        await page.GetByRole(AriaRole.Link, new() { Name = "检查下一个账号", Exact = false }).ClickAsync();

        // Media never read these accounts: the page says so instead of "no problems found this quarter".
        await Assertions.Expect(page.Locator(".badge.gap")).ToHaveTextAsync("尚未采集");
        await Assertions.Expect(page.GetByText("本季度未发现问题")).ToHaveCountAsync(0);
        await page.GetByLabel("不合格").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存并检查下一个" }).ClickAsync();
        // A fail must name a problem: the API's message, and nothing recorded.
        await Assertions.Expect(page.Locator("#findings-error")).ToContainTextAsync("判定不合格时请至少确认一项问题");
        await page.GetByLabel("人工发现的其他问题").SelectOptionAsync("other");
        await page.GetByLabel("问题说明").FillAsync("简介中的联系电话已停用");
        await ScreenshotAsync(page, "sampling-inspection");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存并检查下一个" }).ClickAsync();
        for (var i = 0; i < 2; i++)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("检查：");
            await page.GetByLabel("合格", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并检查下一个" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByText("全部检查完毕")).ToBeVisibleAsync();
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 CSV" }).ClickAsync());
        var text = await File.ReadAllTextAsync(await csv.PathAsync(), Encoding.UTF8);
        Assert.Contains("简介中的联系电话已停用", text, StringComparison.Ordinal);
        Assert.EndsWith(".csv", csv.SuggestedFilename, StringComparison.Ordinal);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 Excel" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await xlsx.PathAsync());
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        await ScreenshotAsync(page, "sampling-done");
    }

    [Fact]
    public async Task An_admin_registers_a_unit_and_its_user_reads_the_settings_and_the_audit_log_and_others_cannot()
    {
        var page = await SignInAsync("admin", WebSilo.Password);
        await page.GotoAsync("/admin/units");
        var code = TestCodes.Uscc("440106");
        await page.GetByLabel("统一社会信用代码 *").FillAsync(code);
        await page.GetByLabel("行政区划代码 *").FillAsync("440106");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.Locator("#name-error")).Not.ToBeEmptyAsync();
        await page.GetByLabel("单位名称 *").FillAsync("天河区政务服务数据管理局");
        await page.GetByLabel("层级 *").SelectOptionAsync("county");
        await page.GetByLabel("类型 *").SelectOptionAsync("government");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(code);

        await page.GotoAsync("/admin/users");
        await page.GetByLabel("用户名 *").FillAsync("adminmade");
        await page.GetByLabel("姓名 *").FillAsync("王五");
        await page.GetByLabel("角色 *").SelectOptionAsync("unit");
        await page.GetByLabel("所属单位统一社会信用代码", new() { Exact = false }).FillAsync(code);
        await page.GetByLabel("电子邮箱 *").FillAsync("wangwu@example.cn");
        await page.GetByLabel("初始密码", new() { Exact = false }).FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加用户" }).ClickAsync();
        await Assertions.Expect(page.Locator("#password-error")).ToHaveTextAsync("密码须为10至128个字符");
        await page.GetByLabel("初始密码", new() { Exact = false }).FillAsync(UserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "添加用户" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("adminmade");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "adminmade" })).ToContainTextAsync(code);
        await ScreenshotAsync(page, "admin-users");

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "监测规则（Rules:Monitoring）" })).ToBeVisibleAsync();
        Assert.DoesNotContain(WebSilo.Password, await page.ContentAsync(), StringComparison.Ordinal);
        await web.Admin.FileAccountAsync(code, "weibo", "auditweb");
        await page.GotoAsync("/admin/audit?subject=weibo:auditweb");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "account.open" })).ToBeVisibleAsync();

        var unitUser = await SignInAsync("adminmade", UserPassword);
        foreach (var path in new[] { "/admin", "/admin/users", "/admin/units", "/admin/audit" })
        {
            Assert.Equal(403, (await unitUser.GotoAsync(path))!.Status);
            Assert.DoesNotContain("/login", unitUser.Url, StringComparison.Ordinal);
            Assert.Contains("无权访问", await unitUser.ContentAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(404, (await unitUser.GotoAsync("/samplings"))!.Status);
    }

    [Fact]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        var page = await SignInAsync("admin", WebSilo.Password);
        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { "/", "/accounts", "/accounts/new", "/violations", "/samplings", "/admin/users" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than the screen");
        }

        await page.GotoAsync("/");
        await ScreenshotAsync(page, "dashboard-phone");
    }
}
