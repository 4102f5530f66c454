using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Reports.Readers;

/// <summary>
/// Every workbook Media writes, downloaded through its real endpoint, opens without error in the Open XML SDK's
/// validator, openpyxl and LibreOffice, with Chinese text intact, numbers as numbers and Beijing times as text.
/// </summary>
public sealed class XlsxReadersTests(XlsxWorld world) : IClassFixture<XlsxWorld>
{
    [Theory]
    [InlineData("accounts")]
    [InlineData("websites")]
    public async Task The_import_template_opens_in_every_reader_with_its_header_and_example_row(string kind)
    {
        var sheet = Media.SurveySheets.SheetKind.Find(kind)!;
        var book = await XlsxChecks.OpenEverywhereAsync("template-" + kind, await XlsxWorld.DownloadAsync(world.Browser, $"/imports?handler=Template&kind={kind}"));

        Assert.Equal([sheet.SheetName], book.Names);
        var rows = book[sheet.SheetName];
        Assert.Equal(2, rows.Count);
        Assert.Equal(sheet.Columns.Select(c => c.Header), rows[0]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(sheet.Columns.Select(c => c.Example), rows[1]!.AsArray().Select(c => c?.GetValue<string>() ?? string.Empty));
    }

    [Fact]
    public async Task The_account_list_opens_in_every_reader_with_names_numbers_and_Beijing_times()
    {
        var book = await XlsxChecks.OpenEverywhereAsync("accounts", await XlsxWorld.DownloadAsync(world.Admin.Http, "/api/accounts/export?format=xlsx"));

        var rows = book.Records("账号清单");
        Assert.Equal(4, rows.Count);
        var posting = rows.Single(r => Text(r["账号名称"]) == "越秀发布");
        Assert.Equal(XlsxWorld.YuexiuUnit, Text(posting["主办单位"]));
        Assert.Equal("广东省广州市越秀区", Text(posting["地区"]));
        Assert.Equal("微博", Text(posting["平台"]));
        Assert.Equal("2026-06-01", Text(posting["开设日期"]));
        Assert.Equal("2026-12-02 10:00:00", Text(posting["最近发布时间"]));
        Assert.True(XlsxChecks.IsNumber(posting["问题数"]), $"问题数 read as {posting["问题数"]?.ToJsonString()}");
        Assert.True(posting["问题数"]!.GetValue<double>() >= 1);
    }

    [Fact]
    public async Task The_violation_list_opens_in_every_reader_with_the_rule_in_chinese_and_its_Beijing_time()
    {
        var book = await XlsxChecks.OpenEverywhereAsync("violations", await XlsxWorld.DownloadAsync(world.Admin.Http, "/api/violations/export?format=xlsx"));

        var row = Assert.Single(book.Records("问题清单"), r => Text(r["问题"]) == "强制要求点赞、转发、下载或购买粉丝");
        Assert.Equal(XlsxWorld.YuexiuUnit, Text(row["主办单位"]));
        Assert.Equal("2026-12-03 10:00:00", Text(row["发现时间"]));
    }

    [Fact]
    public async Task The_audit_log_opens_in_every_reader_with_its_Beijing_times()
    {
        var book = await XlsxChecks.OpenEverywhereAsync("audit", await XlsxWorld.DownloadAsync(world.Admin.Http, "/api/audit/export?format=xlsx"));

        var rows = book.Records("操作日志");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("2026-12-03 10:00", Text(r["时间"]), StringComparison.Ordinal));
        Assert.Contains(rows, r => Text(r["操作人"]) == "admin");
    }

    [Fact]
    public async Task The_tongbao_workbook_opens_in_every_reader_with_counts_as_numbers_and_rates_as_fractions()
    {
        var book = await XlsxChecks.OpenEverywhereAsync("tongbao", await XlsxWorld.DownloadAsync(world.Admin.Http, $"/api/samplings/{world.Sampling}/report?format=xlsx"));

        Assert.Equal(["汇总", "按层级", "按地区", "按平台", "不合格账号名单", "复查", "分层抽样"], book.Names);
        var summary = book.Records("汇总").ToDictionary(r => Text(r["项目"]), r => r["数值"]);
        Assert.Equal(4, summary["抽查数"]!.GetValue<double>());
        Assert.Equal(1, summary["不合格数"]!.GetValue<double>());
        Assert.Equal(0.75, summary["合格率"]!.GetValue<double>(), 6);
        Assert.Equal("2026年第四季度", Text(summary["季度"]));
        var annex = Assert.Single(book.Records("不合格账号名单"));
        Assert.Equal("海珠教育", Text(annex["账号名称"]));
        Assert.Equal(XlsxWorld.HaizhuUnit, Text(annex["主办单位"]));
        Assert.True(XlsxChecks.IsNumber(annex["序号"]));
    }

    [Fact]
    public async Task The_survey_workbook_opens_in_every_reader_with_counts_as_numbers_and_the_original_share_as_a_fraction()
    {
        var book = await XlsxChecks.OpenEverywhereAsync("survey", await XlsxWorld.DownloadAsync(world.Admin.Http, "/api/surveys?region=440100&format=xlsx"));

        Assert.Equal(["统计", "重复开设", "低关注低更新"], book.Names);
        var rows = book.Records("统计");
        var total = rows[^1];
        Assert.Equal("广东省广州市", Text(total["地区"]));
        Assert.True(XlsxChecks.IsNumber(total["账号数"]), $"账号数 read as {total["账号数"]?.ToJsonString()}");
        Assert.Equal(4, total["账号数"]!.GetValue<double>());
        var weibo = rows.Single(r => Text(r["地区"]) == "越秀区" && Text(r["平台"]) == "微博");
        Assert.True(XlsxChecks.IsNumber(weibo["周均发布"]), $"周均发布 read as {weibo["周均发布"]?.ToJsonString()}");
        Assert.True(XlsxChecks.IsNumber(weibo["原创占比"]), $"原创占比 read as {weibo["原创占比"]?.ToJsonString()}");
        Assert.Equal(1, weibo["原创占比"]!.GetValue<double>(), 6);
    }

    private static string Text(JsonNode? cell) => cell?.GetValue<string>() ?? string.Empty;
}
