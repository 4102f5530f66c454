using System.Net;
using System.Text.Json;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>The lists on a 390 px phone (issue 20): each row a card of "label: value" lines, no column squeezed; the exports behind their links.</summary>
public sealed partial class WebUiTests
{
    // Every visible cell of every list (a table with a header row) in <main>, measured against "四个汉字" set in the
    // cell's own font: the acceptance of issue 20 is that no list cell is narrower than four CJK characters.
    private const string MeasureCells = """
        () => {
          const probe = document.createElement('span');
          probe.textContent = '四个汉字';
          probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;padding:0;border:0';
          document.body.appendChild(probe);
          const cells = [...document.querySelectorAll('main table:has(> thead) > tbody > tr > :is(td, th)')]
            .filter(c => c.getClientRects().length > 0);
          const measured = cells.map(c => {
            const style = getComputedStyle(c);
            probe.style.fontSize = style.fontSize;
            probe.style.fontFamily = style.fontFamily;
            return { label: c.dataset.label ?? null, width: c.getBoundingClientRect().width, min: probe.getBoundingClientRect().width };
          });
          probe.remove();
          return measured;
        }
        """;

    private sealed record MeasuredCell(string? Label, double Width, double Min);

    [Fact]
    public async Task On_a_390_px_phone_list_rows_are_cards_and_no_cell_is_narrower_than_four_CJK_characters()
    {
        var unit = await web.Admin.CreateUnitAsync("440106");
        for (var i = 0; i < 3; i++)
        {
            await web.Admin.FileAccountAsync(unit, "weibo", $"phonecard{i}");
        }

        var reported = await web.Admin.PostAsync("/api/violations", new { accountId = "weibo:phonecard0", rule = "forced-engagement", note = "要求群众转发点赞，手机版列表测试" });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);

        var page = await SignInAsync("admin", WebSilo.Password);
        await page.SetViewportSizeAsync(390, 844);
        foreach (var (path, shot, labels) in new[]
        {
            ("/accounts?q=phonecard", "phone-accounts", new[] { "账号", "平台", "主办单位", "行政区划", "状态", "最近更新" }),
            ("/violations?rule=forced-engagement", "phone-violations", new[] { "问题", "账号", "主办单位", "发现时间", "状态", "依据" }),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("main table tbody tr").Filter(new() { HasText = "phonecard0" })).ToHaveCountAsync(1);
            var cells = JsonSerializer.Deserialize<MeasuredCell[]>(JsonSerializer.Serialize(await page.EvaluateAsync(MeasureCells)),
                MediaClient.Json)!;
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.True(c.Width >= c.Min && c.Min > 0, $"{path}: the {c.Label} cell is {c.Width:0.#} px, under {c.Min:0.#} px"));

            // Each row's cells are named by their column headers (the card's "label: value" lines).
            Assert.Equal(labels, cells.Take(labels.Length).Select(c => c.Label));
            var before = await page.Locator("main tbody td").First.EvaluateAsync<string>("c => getComputedStyle(c, '::before').content");
            Assert.Equal($"\"{labels[0]}：\"", before);
            await ScreenshotAsync(page, shot);
        }

        // The list's export link works with the browser's own sign-in.
        await page.GotoAsync("/accounts?q=phonecard");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Excel 表格（XLSX）" }).GetAttributeAsync("href");
        var download = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        Assert.Contains("filename*=UTF-8''", download.Headers["content-disposition"], StringComparison.Ordinal);
        using var stream = new MemoryStream(await download.BodyAsync());
        Assert.Equal(["weibo:phonecard0", "weibo:phonecard1", "weibo:phonecard2"],
            MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().Select(r => (string)r["账号标识"]));
    }
}
