using Media.SurveySheets;
using CsvHelper;
using Media.Cli.Import;
using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests;

/// <summary><c>media import websites</c>: a sheet of websites with its 栏目 cell, all or nothing, and sent again with skip.</summary>
public sealed class ImportWebsitesTests
{
    [Fact]
    public async Task A_sheet_of_websites_is_refused_for_one_bad_column_then_filed_whole_with_its_columns_and_skipped_when_sent_again()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var unit = await admin.CreateUnitAsync();
        string[] first = ["4401040001", "越秀区政府网站", "https://www.yx.example.cn/", unit, "粤ICP备05080000号", "",
            "工作动态|https://www.yx.example.cn/gzdt/|动态要闻；书记信箱|https://www.yx.example.cn/sjxx/|互动交流"];
        string[] second = ["4401040002", "越秀区教育局网站", "https://edu.yx.example.cn/", unit, "", "", "通知公告|https://edu.yx.example.cn/tzgg/|gossip"];

        var refused = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "websites", Write(sheets, "bad.csv", first, second));
        second[^1] = "通知公告|https://edu.yx.example.cn/tzgg/|通知公告/政策文件";
        var good = Write(sheets, "good.csv", first, second);
        var filed = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "websites", good);
        var again = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "websites", good, "--on-existing", "skip");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("第 3 行 (website:4401040002): 栏目(columns)[0].category: 栏目类别须为以下之一", refused.Out, StringComparison.Ordinal);
        Assert.Contains("共 1 行有误，未导入任何网站", refused.Out, StringComparison.Ordinal);
        Assert.True(filed.ExitCode == 0, filed.ToString());
        Assert.Contains("已备案 2 个网站", filed.Out, StringComparison.Ordinal);
        var site = await admin.GetJsonAsync("/api/websites/website:4401040001");
        Assert.Equal(["工作动态", "书记信箱"], site["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(["news", "interaction"], site["columns"]!.AsArray().Select(c => c!["category"]!.GetValue<string>()));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("跳过已备案的网站 2 个", again.Out, StringComparison.Ordinal);
    }

    private static string Write(Sheets sheets, string name, params string[][] rows)
    {
        var path = sheets.PathOf(name);
        using (var csv = CsvWriter.Create(File.Create(path), CsvWriterOptions.Default with { WriteByteOrderMark = true }))
        {
            csv.WriteRecord([.. SheetColumns.Websites.Select(c => c.Header)]);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return path;
    }
}
