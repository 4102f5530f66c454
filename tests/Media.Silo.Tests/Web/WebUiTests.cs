using System.Net;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>The web UI in Debian's Chromium against a real silo process (SPEC §5.5, §7).</summary>
[Collection(RunsAlone.Name)]
public sealed partial class WebUiTests(WebSilo web, BrowserFixture browsers) : IClassFixture<WebSilo>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_user_signs_in_files_an_account_after_a_validation_error_finds_it_and_opens_it()
    {
        var unit = await web.Admin.CreateUnitAsync();
        var page = await SignInAsync("admin", WebSilo.Password);

        await page.GotoAsync("/accounts/new");
        await page.GetByLabel("主办单位统一社会信用代码 *").FillAsync(unit);
        await page.GetByLabel("平台 *").SelectOptionAsync("weibo");
        await page.GetByLabel("平台账号（ID） *").FillAsync("webfiling");
        await page.GetByLabel("开设日期 *").FillAsync("2026-11-25");
        await page.GetByLabel("互动功能 *").SelectOptionAsync("true");
        await page.GetByLabel("姓名").FillAsync("李四");
        await page.GetByLabel("电话").FillAsync("13800138000");
        await page.GetByLabel("电子邮箱").FillAsync("lisi@example.cn");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();

        // The name was left out: the same message the API gives, next to the field, and the other values kept.
        await Assertions.Expect(page.Locator("#name-error")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByLabel("平台账号（ID） *")).ToHaveValueAsync("webfiling");
        await ScreenshotAsync(page, "filing-validation-error");

        await page.GetByLabel("账号名称 *").FillAsync("网页备案测试号");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("webfiling", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("网页备案测试号");

        await page.GotoAsync("/accounts?q=" + Uri.EscapeDataString("网页备案"));
        await page.GetByRole(AriaRole.Link, new() { Name = "网页备案测试号" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("网页备案测试号");
        await ScreenshotAsync(page, "account-page");

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("管辖范围概况");
        await ScreenshotAsync(page, "dashboard");
    }

    [Fact]
    public async Task User_supplied_text_is_encoded_in_every_page()
    {
        var unit = await web.Admin.CreateUnitAsync();
        var body = MediaClient.OpeningBody(unit, "weibo", "xssname");
        body["name"] = "<script>alert(1)</script>";
        Assert.Equal(HttpStatusCode.Created, (await web.Admin.PostAsync("/api/accounts", body)).StatusCode);
        var page = await SignInAsync("admin", WebSilo.Password);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        foreach (var path in new[] { "/accounts/weibo:xssname", "/accounts?q=xssname" })
        {
            await page.GotoAsync(path);
            var html = await page.ContentAsync();
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            Assert.True(html.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", StringComparison.Ordinal), MainOf(html));
        }

        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Every_form_rejects_a_post_without_its_antiforgery_token()
    {
        var page = await SignInAsync("admin", WebSilo.Password);
        string[] forms =
        [
            "/login", "/logout", "/accounts/new", "/account/password", "/accounts/weibo:nobody/filing", "/samplings",
            "/samplings/2026Q4-440100/inspect/weibo:nobody", "/admin/users", "/admin/units", "/websites/new",
            "/websites/website:0000000000?handler=Confirm", "/imports/Check", "/imports/Commit",
            .. ViolationHandlers.Select(handler => "/violations/weibo:nobody~x?handler=" + handler),
        ];
        foreach (var path in forms)
        {
            // The browser's own cookies (signed in) but no token: what a forged cross-site form would send.
            var response = await page.APIRequest.PostAsync(path, new() { Form = page.APIRequest.CreateFormData().Set("Name", "x") });
            Assert.True(response.Status == 400, $"{path}: {response.Status}");
        }

        await page.GotoAsync("/accounts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("账号列表");
    }

    [Fact]
    public async Task A_unit_user_sees_only_its_unit_and_a_city_supervisor_only_its_city()
    {
        var own = await web.Admin.CreateUnitAsync("440104");
        var other = await web.Admin.CreateUnitAsync("440104");
        var elsewhere = await web.Admin.CreateUnitAsync("440304");
        await web.Admin.FileAccountAsync(own, "weibo", "scopeown");
        await web.Admin.FileAccountAsync(other, "weibo", "scopeother");
        await web.Admin.FileAccountAsync(elsewhere, "weibo", "scopeshenzhen");
        await CreateUserAsync("unitscope", "unit", null, own);
        await CreateUserAsync("cityscope", "supervisor", "440100", null);

        var unitPage = await SignInAsync("unitscope", UserPassword);
        await unitPage.GotoAsync("/accounts?q=scope");
        var unitHtml = await unitPage.ContentAsync();
        Assert.True(unitHtml.Contains("weibo:scopeown", StringComparison.Ordinal), MainOf(unitHtml));
        Assert.DoesNotContain("scopeother", unitHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("scopeshenzhen", unitHtml, StringComparison.Ordinal);
        Assert.Equal(404, (await unitPage.GotoAsync("/accounts/weibo:scopeother"))!.Status);

        var cityPage = await SignInAsync("cityscope", UserPassword);
        await cityPage.GotoAsync("/accounts?q=scope");
        var cityHtml = await cityPage.ContentAsync();
        Assert.Contains("weibo:scopeown", cityHtml, StringComparison.Ordinal);
        Assert.Contains("weibo:scopeother", cityHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("scopeshenzhen", cityHtml, StringComparison.Ordinal);
        Assert.Equal(404, (await cityPage.GotoAsync("/accounts/weibo:scopeshenzhen"))!.Status);
        await cityPage.GotoAsync("/accounts?region=440300");
        Assert.Contains("不在您的管辖范围内", await cityPage.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_label_their_inputs_keep_headings_in_order_and_reach_every_control_by_keyboard()
    {
        var unit = await web.Admin.CreateUnitAsync();
        await web.Admin.FileAccountAsync(unit, "weibo", "a11yfiling");
        var page = await SignInAsync("admin", WebSilo.Password);
        string[] pages =
        [
            "/", "/accounts", "/accounts/new", "/account/password", "/accounts/weibo:a11yfiling", "/accounts/weibo:a11yfiling/filing",
            "/violations", "/samplings", "/admin", "/admin/users", "/admin/units", "/admin/audit", "/imports",
        ];
        foreach (var path in pages)
        {
            await page.GotoAsync(path);

            // The accessibility tree names every input by its label.
            var tree = await page.Locator("main").AriaSnapshotAsync();
            Assert.DoesNotMatch(UnnamedField(), tree);
            var unlabelled = await page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).length");
            Assert.Equal(0, unlabelled);

            var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])");
            Assert.Equal(1, levels[0]);
            Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"{path}: h{pair.First} then h{pair.Second}"));

            // Tab from the top reaches every link, button and field on the page.
            var controls = await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea').length");
            var reached = new HashSet<string>();
            // Date inputs take a Tab per part, so press more often than there are controls.
            for (var i = 0; i < controls + 10; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                reached.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.tagName + '|' + (e.id || e.getAttribute('href') || e.textContent.trim()) + '|' + [...document.querySelectorAll('*')].indexOf(e); }"));
            }

            Assert.True(reached.Count >= controls, $"{path}: {reached.Count} of {controls} controls reached by Tab");
        }
    }

    private static string MainOf(string html) => html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..];

    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one_only()
    {
        await CreateUserAsync("pwchange", "supervisor", "440100", null);
        var elsewhere = await SignInAsync("pwchange", UserPassword);
        using var api = await MediaClient.SignInAsync(web.Silo.CreateClient(), "pwchange", UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/accounts")).StatusCode);
        var page = await SignInAsync("pwchange", UserPassword);
        await page.GotoAsync("/account/password");
        await page.GetByLabel("当前密码").FillAsync("not-the-password");
        await page.GetByLabel("新密码（至少10个字符，含大小写字母、数字、符号中的三类）").FillAsync("New-Password-42");
        await page.GetByLabel("再次输入新密码").FillAsync("New-Password-43");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Assertions.Expect(page.Locator("#current-error")).ToHaveTextAsync("当前密码不正确");
        await Assertions.Expect(page.Locator("#confirm-error")).ToHaveTextAsync("两次输入的新密码不一致");

        await page.GetByLabel("当前密码").FillAsync(UserPassword);
        await page.GetByLabel("新密码（至少10个字符，含大小写字母、数字、符号中的三类）").FillAsync("New-Password-42");
        await page.GetByLabel("再次输入新密码").FillAsync("New-Password-42");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已修改");

        // The other session and the token issued before the change end; this session goes on.
        await elsewhere.GotoAsync("/accounts");
        Assert.Contains("/login", elsewhere.Url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/api/accounts")).StatusCode);
        await page.GotoAsync("/account/password");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("修改密码");
        // The sign-out form is posted only once the page has finished loading (a click during the load was seen lost).
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync("**/login**");

        await page.GetByLabel("用户名").FillAsync("pwchange");
        await page.GetByLabel("密码").FillAsync(UserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码错误");
        await SignInAsync("pwchange", "New-Password-42");
    }

    [Fact]
    public async Task The_Orleans_dashboard_is_for_admins_only()
    {
        var admin = await SignInAsync("admin", WebSilo.Password);
        var shown = await admin.GotoAsync("/dashboard/");
        Assert.Equal(200, shown!.Status);
        Assert.Contains("orleans", (await admin.ContentAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        await ScreenshotAsync(admin, "orleans-dashboard");

        var unit = await web.Admin.CreateUnitAsync();
        await CreateUserAsync("dashunit", "unit", null, unit);
        var user = await SignInAsync("dashunit", UserPassword);
        // Signed in, the unit user is told in Chinese that the page is not theirs: no sign-in form, no redirect.
        var denied = await user.GotoAsync("/dashboard/");
        Assert.Equal(403, denied!.Status);
        Assert.EndsWith("/dashboard/", user.Url, StringComparison.Ordinal);
        Assert.Contains("无权访问", await user.ContentAsync(), StringComparison.Ordinal);
        var api = await user.APIRequest.GetAsync("/dashboard/", new() { MaxRedirects = 0 });
        Assert.Equal(403, api.Status);
    }

    private const string UserPassword = "Web-User-Password-1";

    private static readonly string[] ViolationHandlers = ["Confirm", "Dismiss", "Notice", "Respond", "Verify"];

    private async Task CreateUserAsync(string username, string role, string? region, string? unit)
    {
        var response = await web.Admin.PostAsync("/api/users", new
        {
            username, password = UserPassword, role, regionCode = region, unitCode = unit, email = username + "@example.cn", displayName = "测试用户",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<IPage> SignInAsync(string username, string password, bool javaScript = true)
    {
        var context = await browsers.RequireBrowser().NewContextAsync(new()
        {
            BaseURL = web.Silo.Address.ToString(), Locale = "zh-CN", JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/login**");
        await page.GetByLabel("用户名").FillAsync(username);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("管辖范围概况");
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, name + ".png"), FullPage = true });

    [GeneratedRegex(@"- (textbox|combobox)\s*(:|$)", RegexOptions.Multiline)]
    private static partial Regex UnnamedField();
}
