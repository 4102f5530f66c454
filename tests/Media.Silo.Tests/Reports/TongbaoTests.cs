using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace Media.Silo.Tests.Reports;

/// <summary>
/// The 通报 of Guangzhou's 2026Q4 sampling as an office would issue it: twelve accounts of three units (a city
/// department, one in 越秀区, one in 海珠区), all sampled; 2026Q3 failed one account in each district, 2026Q4 finds
/// the 海珠区 one failing again (a repeat offender) and the 越秀区 one put right.
/// </summary>
public sealed partial class TongbaoTests : IAsyncLifetime
{
    private const string CityUnit = "广州市政务服务数据管理局", YuexiuUnit = "越秀区人民政府办公室", HaizhuUnit = "海珠区人民政府";
    private readonly SiloFactory _silo = new()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8))),
    };

    private readonly List<string> _ids = [];
    private MediaClient _admin = null!;
    private string _repeat = null!, _rectified = null!, _example = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = await _silo.AdminAsync();
        var city = await UnitAsync("440100", CityUnit, "city", "department");
        var yuexiu = await UnitAsync("440104", YuexiuUnit, "county", "government");
        var haizhu = await UnitAsync("440105", HaizhuUnit, "county", "government");
        for (var i = 1; i <= 4; i++)
        {
            await AccountAsync(city, "weibo", $"广州政务服务{i}");
            await AccountAsync(yuexiu, "wechat", $"越秀发布{i}");
            await AccountAsync(haizhu, i <= 2 ? "douyin" : "weibo", $"海珠教育{i}");
        }

        _example = _ids[0];
        _rectified = _ids[1];
        _repeat = _ids[2];
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_completed_sampling_is_a_docx_an_office_can_sign_and_issue_and_LibreOffice_opens_it()
    {
        var (id, seed) = await TwoQuartersAsync(leaveOneUninspected: false);

        var docx = await DownloadAsync(id, "docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Contains("filename*=UTF-8''", docx.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("广州市人民政府办公室关于2026年第四季度全市政务新媒体抽查情况的通报.docx", docx.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        var text = DocxText.Read(bytes);
        var body = text.Body;
        Assert.StartsWith("广州市人民政府办公室关于2026年第四季度全市政务新媒体抽查情况的通报", text.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("各区人民政府，市政府各部门、各直属机构：", text.Paragraphs[1]);
        Assert.Contains("现将有关情况通报如下", body, StringComparison.Ordinal);
        Assert.Contains("在运行的12个", body, StringComparison.Ordinal);
        Assert.Contains(HaizhuUnit + "主办的“海珠教育1”", body, StringComparison.Ordinal);
        Assert.Contains("复查2个，已整改1个，仍不合格1个", body, StringComparison.Ordinal);
        Assert.Contains("“海珠教育1”（抖音）虽经多次通报", body, StringComparison.Ordinal);
        Assert.Single(DeadlinePattern().Matches(body));
        Assert.Contains("越秀区抽查合格率达100%", body, StringComparison.Ordinal);
        Assert.Contains("“广州政务服务1”（微博）内容更新及时", body, StringComparison.Ordinal);
        Assert.DoesNotContain(TongbaoWords.Draft, text.Headers + body, StringComparison.Ordinal);

        // Fewer than five accounts on a platform: its count, never a rate.
        Assert.Contains("微信公众号抽查4个（不足5个", body, StringComparison.Ordinal);
        Assert.Contains("抖音抽查2个（不足5个", body, StringComparison.Ordinal);

        // The office and the date close the document, before the annex.
        var annex = text.Paragraphs.ToList().FindIndex(p => p.StartsWith("附件：", StringComparison.Ordinal));
        Assert.Equal("广州市人民政府办公室", text.Paragraphs[annex - 2]);
        Assert.Matches(@"^2026年12月\d+日$", text.Paragraphs[annex - 1]);
        Assert.Contains("立即整改", body, StringComparison.Ordinal);

        // No internal ids anywhere, and the seed only in the appendix.
        Assert.All(_ids, account => Assert.DoesNotContain(account, body, StringComparison.Ordinal));
        Assert.DoesNotContain("other", body, StringComparison.Ordinal);
        var appendix = body.IndexOf("附录：抽样说明", StringComparison.Ordinal);
        Assert.True(appendix > 0);
        Assert.DoesNotContain(seed, body[..appendix], StringComparison.Ordinal);
        Assert.Contains(seed, body[appendix..], StringComparison.Ordinal);

        var file = Path.Combine(LibreOffice.Artifacts, "tongbao-2026Q4-440100.docx");
        await File.WriteAllBytesAsync(file, bytes, TestContext.Current.CancellationToken);
        var pdf = await LibreOffice.ConvertAsync(file, "pdf");
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken))[..4]), StringComparison.Ordinal);
        var png = await LibreOffice.FirstPagePngAsync(pdf);
        TestContext.Current.TestOutputHelper?.WriteLine($"通报 page 1: {png}");
        Console.WriteLine($"通报 page 1: {png}");
    }

    [Fact]
    public async Task A_sampling_with_one_account_uninspected_is_marked_draft_in_every_format()
    {
        var (id, _) = await TwoQuartersAsync(leaveOneUninspected: true);

        var docx = DocxText.Read(await (await DownloadAsync(id, "docx")).Content.ReadAsByteArrayAsync());
        Assert.Contains(TongbaoWords.Draft, docx.Headers, StringComparison.Ordinal);
        Assert.Contains("尚有1个账号未完成检查", docx.Body, StringComparison.Ordinal);
        Assert.Contains(TongbaoWords.Draft, await (await DownloadAsync(id, "html")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var csv = await DownloadAsync(id, "csv");
        Assert.StartsWith(TongbaoWords.Draft, (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith(TongbaoWords.Draft, csv.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var json = JsonNode.Parse(await (await DownloadAsync(id, "json")).Content.ReadAsStringAsync())!;
        Assert.Equal(TongbaoWords.Draft, json["mark"]!.GetValue<string>());
        Assert.True(json["draft"]!.GetValue<bool>());

        using var xlsx = new MemoryStream(await (await DownloadAsync(id, "xlsx")).Content.ReadAsByteArrayAsync());
        var summary = xlsx.Query(useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object>>()
            .ToDictionary(r => r["项目"].ToString()!, r => r["数值"]);
        Assert.Equal(TongbaoWords.Draft, summary["状态"]);
    }

    [Fact]
    public async Task The_workbook_has_numeric_percent_formatted_rates_one_sheet_per_table_and_opens_in_MiniExcel_and_LibreOffice()
    {
        var (id, _) = await TwoQuartersAsync(leaveOneUninspected: false);
        var bytes = await (await DownloadAsync(id, "xlsx")).Content.ReadAsByteArrayAsync();

        using (var stream = new MemoryStream(bytes))
        {
            Assert.Equal(["汇总", "按层级", "按地区", "按平台", "不合格账号名单", "复查", "分层抽样"], stream.GetSheetNames());
            var summary = stream.Query(useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object>>()
                .ToDictionary(r => r["项目"].ToString()!, r => r["数值"]);
            Assert.Equal(11d / 12, Convert.ToDouble(summary["合格率"], System.Globalization.CultureInfo.InvariantCulture), 4);
            Assert.Equal(12d, Convert.ToDouble(summary["抽查数"], System.Globalization.CultureInfo.InvariantCulture));
        }

        using (var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var workbook = package.WorkbookPart!;
            var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == "汇总");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var strings = workbook.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
            var label = strings.IndexOf("合格率").ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rate = part.Worksheet!.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == label).Elements<Cell>().ElementAt(1);
            Assert.Equal(CellValues.Number, rate.DataType!.Value);
            var format = (CellFormat)workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.ElementAt((int)rate.StyleIndex!.Value);
            var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
                .Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;
            Assert.EndsWith("%", code, StringComparison.Ordinal);
            Assert.NotNull(part.Worksheet.GetFirstChild<Columns>());
        }

        var file = Path.Combine(LibreOffice.Artifacts, "tongbao-2026Q4-440100.xlsx");
        await File.WriteAllBytesAsync(file, bytes, TestContext.Current.CancellationToken);
        Assert.True(new FileInfo(await LibreOffice.ConvertAsync(file, "pdf")).Length > 0);
    }

    // Q3: all twelve inspected, one 越秀区 and one 海珠区 account fail. Q4: the 海珠区 one fails again, the
    // 越秀区 one passes, a city account is marked a good example; optionally one account is left uninspected.
    private async Task<(string Id, string Seed)> TwoQuartersAsync(bool leaveOneUninspected)
    {
        var q3 = await SampleAsync("2026Q3");
        foreach (var account in _ids)
        {
            await InspectAsync(q3, account, account == _repeat ? Veto : account == _rectified ? Other : null);
        }

        var q4 = await SampleAsync("2026Q4");
        foreach (var account in _ids.Where(a => !leaveOneUninspected || a != _ids[^1]))
        {
            await InspectAsync(q4, account, account == _repeat ? Veto : null, goodExample: account == _example);
        }

        return (q4, (await _admin.GetJsonAsync($"/api/samplings/{q4}"))["seed"]!.GetValue<string>());
    }

    private static readonly object Veto = new { rule = "no-update-2w", note = "两周内无更新" };
    private static readonly object Other = new { rule = "other", note = "简介中的联系电话已停用" };

    private async Task<string> SampleAsync(string quarter, string regionCode = "440100")
    {
        var response = await _admin.PostAsync("/api/samplings", new { quarter, regionCode, ratio = 1m, seed = "seed-" + quarter });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    private async Task InspectAsync(string sampling, string account, object? problem, bool goodExample = false)
    {
        var response = await _admin.PostAsync($"/api/samplings/{sampling}/inspections", new
        {
            accountId = account, passed = problem is null, findings = problem is null ? [] : new[] { problem }, goodExample,
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> DownloadAsync(string id, string format)
    {
        var response = await _admin.Http.GetAsync($"/api/samplings/{id}/report?format={format}", TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response;
    }

    private async Task<string> UnitAsync(string region, string name, string level, string kind)
    {
        var code = TestCodes.Uscc(region);
        var response = await _admin.PostAsync("/api/units", new { code, name, regionCode = region, level, kind });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return code;
    }

    private async Task<string> AccountAsync(string unit, string platform, string name)
    {
        var body = MediaClient.OpeningBody(unit, platform, openedOn: "2026-06-01");
        body["name"] = name;
        var response = await _admin.PostAsync("/api/accounts", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var id = JsonNode.Parse(text)!["id"]!.GetValue<string>();
        _ids.Add(id);
        return id;
    }

    [GeneratedRegex(@"请于\d{4}年\d{1,2}月\d{1,2}日前")]
    private static partial Regex DeadlinePattern();
}

/// <summary>Words the tests look for.</summary>
internal static class TongbaoWords
{
    public const string Draft = "草稿";
}
