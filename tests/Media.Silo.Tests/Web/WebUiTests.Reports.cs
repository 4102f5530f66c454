using System.Net;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>The 通报 page lists every report within reach with its five downloads (SPEC §5.1, §5.5).</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task The_reports_page_lists_a_sampling_with_five_downloads_and_marks_it_draft_until_inspected()
    {
        var unit = await web.Admin.CreateUnitAsync("440118");
        // Opened before the quarter's end, so the Q3 sampling has it in its population.
        var opened = await web.Admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "weibo", "reportone", openedOn: "2026-06-01"));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var created = await web.Admin.PostAsync("/api/samplings", new { quarter = "2026Q3", regionCode = "440118", ratio = 1m, seed = "web-reports" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var api = await web.Admin.GetJsonAsync("/api/reports?quarter=2026Q3&region=440118");
        Assert.Equal(5, api["items"]![0]!["links"]!.AsObject().Count);

        await CreateUserAsync("reportcity", "supervisor", "440100", null);
        var page = await SignInAsync("reportcity", UserPassword);
        var response = await page.GotoAsync("/reports?Quarter=2026Q3&Region=440118");
        Assert.Equal(200, response!.Status);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "增城区" });
        await Assertions.Expect(row).ToContainTextAsync("草稿");
        await Assertions.Expect(row.Locator("a[download]")).ToHaveCountAsync(5);
        await ScreenshotAsync(page, "reports");

        var docx = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Word" }).ClickAsync());
        Assert.EndsWith(".docx", docx.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("草稿", docx.SuggestedFilename, StringComparison.Ordinal);
    }
}
