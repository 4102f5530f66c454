using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Media.Silo.Tests.Infrastructure;
using Media.SurveySheets;
using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>导入 (<c>/imports</c>) in the browser: a survey sheet uploaded, dry-run, fixed, committed and uploaded again.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task A_sheet_with_six_bad_rows_lists_them_at_their_excel_rows_and_once_fixed_files_twenty_then_skips_twenty()
    {
        var unit = await web.Admin.CreateUnitAsync("440104");
        using var files = new TempDirectory("media-import-web");
        var rows = Enumerable.Range(0, 20).Select(i => GoodRow(unit, i)).ToList();
        var bad = rows.Select(r => new Dictionary<string, string>(r)).ToList();
        // Six rows wrong in six ways, each found by the server's checks; Excel shows data row i at row i + 2.
        bad[1]["responsible.phone"] = "12345";
        bad[4]["platform"] = "快猫";
        bad[7]["openedOn"] = "2024-13-01";
        bad[10]["name"] = "";
        bad[13]["unitCode"] = "91440104MA59XXXX0X";
        bad[18]["responsible.email"] = "not-an-email";
        var badFile = WriteCsv(files.Path, "bad.csv", bad);
        var goodFile = WriteCsv(files.Path, "good.csv", rows);
        var page = await SignInAsync("admin", WebSilo.Password);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "导入" }).ClickAsync();
        await page.GetByLabel("摸底表文件（.xlsx 或 .csv）").SetInputFilesAsync(badFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();

        var findings = page.Locator("#import-findings tbody tr");
        await Assertions.Expect(findings).ToHaveCountAsync(6);
        var listed = await Task.WhenAll((await findings.AllAsync()).Select(async r => (await r.Locator("td").AllInnerTextsAsync()).ToArray()));
        Assert.Equal(["3", "6", "9", "12", "15", "20"], listed.Select(cells => cells[0]));
        Assert.Equal(["负责人电话", "平台", "开设日期", "账号名称", "单位统一社会信用代码", "负责人邮箱"], listed.Select(cells => cells[2]));
        Assert.Contains("视频号", listed[1][3], StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#commit-form")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "import-dry-run-errors");

        await page.GetByLabel("摸底表文件（.xlsx 或 .csv）").SetInputFilesAsync(goodFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("可备案 20 个账号");
        await Assertions.Expect(page.Locator("#import-rows tbody tr")).ToHaveCountAsync(20);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入 good.csv" }).ClickAsync();
        // The commit files in the background and the browser lands on the run's page, which ends with the result.
        await page.WaitForURLAsync("**/imports/run?id=*");
        await Assertions.Expect(page.Locator("#import-summary")).ToHaveTextAsync("已备案 20 个账号，跳过已备案的 0 个，失败 0 个");
        await Assertions.Expect(page.Locator("#import-rows tbody tr")).ToHaveCountAsync(20);
        await Assertions.Expect(page.Locator("#import-run")).ToHaveCountAsync(0);
        // What the run page's script polls, with the page's own cookie: the finished run, its rows and its result.
        var status = await page.APIRequest.GetAsync("/imports/status?id=" + new Uri(page.Url).Query.Split('=')[1]);
        var run = System.Text.Json.Nodes.JsonNode.Parse(await status.TextAsync())!;
        Assert.Equal(["done", "备案", "20", "20"], new[] { run["state"], run["stage"], run["done"], run["total"] }.Select(n => n!.ToString()));
        Assert.Equal(20, run["result"]!["filed"]!.GetValue<int>());
        Assert.StartsWith("text/javascript", (await page.APIRequest.GetAsync("/imports/script")).Headers["content-type"], StringComparison.Ordinal);
        var channels = await web.Admin.GetJsonAsync($"/api/accounts/channels:{rows[1]["handle"]}");
        Assert.Equal(unit, channels["unitCode"]!.GetValue<string>());

        await page.GetByLabel("已备案的行").SelectOptionAsync("skip");
        await page.GetByLabel("摸底表文件（.xlsx 或 .csv）").SetInputFilesAsync(goodFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("可备案 0 个账号，跳过已备案的 20 个");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入 good.csv" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-summary")).ToHaveTextAsync("已备案 0 个账号，跳过已备案的 20 个，失败 0 个");
        await ScreenshotAsync(page, "import-skipped");
    }

    [Fact]
    public async Task Without_javascript_a_committed_sheet_of_800_rows_shows_its_run_refreshing_itself_until_the_result()
    {
        var unit = await web.Admin.CreateUnitAsync("440104");
        using var files = new TempDirectory("media-import-nojs");
        var file = WriteCsv(files.Path, "large.csv", Enumerable.Range(0, 800).Select(i => GoodRow(unit, i)));
        var page = await SignInAsync("admin", WebSilo.Password, javaScript: false);

        await page.GotoAsync("/imports");
        await page.GetByLabel("摸底表文件（.xlsx 或 .csv）").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("可备案 800 个账号");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入 large.csv" }).ClickAsync();

        await page.WaitForURLAsync("**/imports/run?id=*");
        if (await page.Locator("#import-run").CountAsync() > 0)
        {
            // Caught while filing: the bar names its stage and rows, and the page refreshes itself without script.
            await Assertions.Expect(page.Locator("#import-progress-text")).ToContainTextAsync(" / 800 行");
            await Assertions.Expect(page.Locator("noscript")).ToHaveCountAsync(1);
            await ScreenshotAsync(page, "import-running");
        }

        await Assertions.Expect(page.Locator("#import-summary")).ToHaveTextAsync("已备案 800 个账号，跳过已备案的 0 个，失败 0 个",
            new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#import-rows tbody tr")).ToHaveCountAsync(800);
    }

    [Fact]
    public async Task A_sheet_sent_again_to_update_shows_the_changed_phone_before_and_after_then_files_the_change()
    {
        var unit = await web.Admin.CreateUnitAsync("440104");
        using var files = new TempDirectory("media-import-update");
        var rows = Enumerable.Range(0, 3).Select(i => GoodRow(unit, i)).ToList();
        var first = WriteCsv(files.Path, "first.csv", rows);
        rows[1]["responsible.phone"] = "13900139000";
        var changed = WriteCsv(files.Path, "changed.csv", rows);
        var page = await SignInAsync("admin", WebSilo.Password);
        await page.GotoAsync("/imports");
        await page.GetByLabel("摸底表文件（.xlsx 或 .csv）").SetInputFilesAsync(first);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入 first.csv" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-summary")).ToHaveTextAsync("已备案 3 个账号，跳过已备案的 0 个，失败 0 个");

        await page.GetByLabel("已备案的行").SelectOptionAsync("update");
        await page.GetByLabel("摸底表文件（.xlsx 或 .csv）").SetInputFilesAsync(changed);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();

        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("将变更 1 个，无变化 2 个");
        var updates = page.Locator("#import-updates tbody tr");
        await Assertions.Expect(updates).ToHaveCountAsync(3);
        await Assertions.Expect(updates.First).ToContainTextAsync("负责人电话：13800138000 → 13900139000");
        await Assertions.Expect(updates.First.Locator("td").First).ToHaveTextAsync("3");
        await ScreenshotAsync(page, "import-update-dry-run");
        var id = $"channels:{rows[1]["handle"]}";
        Assert.Equal("13800138000", (await web.Admin.GetJsonAsync("/api/accounts/" + id))["responsible"]!["phone"]!.GetValue<string>());

        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入 changed.csv" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-summary")).ToHaveTextAsync("已备案 0 个账号，跳过已备案的 0 个，失败 0 个，已变更 1 个，无变化 2 个");
        Assert.Equal("13900139000", (await web.Admin.GetJsonAsync("/api/accounts/" + id))["responsible"]!["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_imports_page_serves_the_xlsx_template_with_its_dropdowns()
    {
        var page = await SignInAsync("admin", WebSilo.Password);
        await page.GotoAsync("/imports");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载账号模板（.xlsx）" }).ClickAsync());

        Assert.Equal("摸底表模板.xlsx", download.SuggestedFilename);
        using var files = new TempDirectory("media-import-template");
        var path = Path.Combine(files.Path, "template.xlsx");
        await download.SaveAsAsync(path);
        using var document = SpreadsheetDocument.Open(path, false);
        var validations = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DataValidation>().ToList();
        Assert.Equal(2, validations.Count);
        Assert.Contains(validations, v => v.Formula1!.Text.Contains("视频号", StringComparison.Ordinal));
    }

    // Alternating the platforms' Chinese names, 视频号 among them, as a survey sheet is filled in.
    private static Dictionary<string, string> GoodRow(string unit, int i) => new()
    {
        ["unitCode"] = unit,
        ["platform"] = (i % 2 == 0) ? "微博" : "视频号",
        ["handle"] = $"imp{i:00}{Guid.NewGuid().ToString("N")[..6]}",
        ["name"] = $"导入测试号{i}",
        ["openedOn"] = "2026-11-20",
        ["interaction"] = "是",
        ["responsible.name"] = "张三",
        ["responsible.phone"] = "13800138000",
        ["responsible.email"] = "zhang@example.cn",
    };

    private static string WriteCsv(string folder, string name, IEnumerable<Dictionary<string, string>> rows)
    {
        var columns = SheetColumns.All;
        var lines = rows.Select(r => string.Join(',', columns.Select(c => r.GetValueOrDefault(c.Id, string.Empty))));
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, [string.Join(',', columns.Select(c => c.Header)), .. lines]);
        return path;
    }
}
