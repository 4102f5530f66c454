using System.Globalization;
using System.Text;
using Media.Application.Samplings.Reports;
using Media.Application.Tables;

namespace Media.Application.Surveys;

/// <summary>The survey as a CSV of its rows and as an XLSX workbook with the consolidation lists.</summary>
public static class SurveyFiles
{
    public static byte[] Csv(SurveyReport r)
    {
        var lines = new StringBuilder("地区,平台,账号数,粉丝数,周均发布,原创占比\r\n");
        foreach (var row in r.Rows.Append(r.Total))
        {
            lines.Append(string.Join(',', Cells(row).Select(ReportCells.Csv))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lines.ToString())];
    }

    /// <summary>
    /// The survey as a workbook through <see cref="TableXlsx"/> (MiniExcel wrote every figure as text, so a reader saw "6"
    /// and "75.0%" rather than numbers it can sum, and an empty list as a sheet without its header row).
    /// </summary>
    public static byte[] Xlsx(SurveyReport r) => TableXlsx.Write(
    [
        new ReportTable("survey", "统计", ["地区", "平台", "账号数", "粉丝数", "周均发布", "原创占比"], [20, 12, 8, 10, 10, 10],
            [.. r.Rows.Append(r.Total).Select(row => new object?[]
            {
                row.SubRegionName, row.PlatformName, row.Accounts, row.Followers, Weekly(row.PostsPerWeek), new RateCell(row.OriginalShare),
            })]),
        new ReportTable("duplicates", "重复开设", ["单位代码", "平台", "账号", "说明"], [20, 12, 40, 40],
            [.. r.Duplicates.Select(d => new object?[] { d.UnitCode, d.PlatformName, string.Join("、", d.Accounts), d.Reason })]),
        new ReportTable("low-activity", "低关注低更新", ["账号", "名称", "平台", "地区", "粉丝数", "周均发布"], [24, 24, 12, 20, 10, 10],
            [.. r.LowActivity.Select(a => new object?[] { a.AccountId, a.Name, a.Platform, a.Region, a.Followers, Weekly(a.PostsPerWeek) })]),
    ]);

    // One decimal, as the page and the CSV show it.
    private static decimal Weekly(decimal posts) => Math.Round(posts, 1, MidpointRounding.AwayFromZero);

    private static string[] Cells(SurveyRow row) =>
    [
        row.SubRegionName, row.PlatformName, row.Accounts.ToString(CultureInfo.InvariantCulture),
        row.Followers.ToString(CultureInfo.InvariantCulture), row.PostsPerWeek.ToString("0.0", CultureInfo.InvariantCulture),
        ReportCells.Percent(row.OriginalShare),
    ];
}
