using System.Globalization;
using System.Text;
using MiniExcelLibs;

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

    public static byte[] Xlsx(SurveyReport r)
    {
        string[] headers = ["地区", "平台", "账号数", "粉丝数", "周均发布", "原创占比"];
        var sheets = new Dictionary<string, object>
        {
            ["统计"] = r.Rows.Append(r.Total).Select(row => headers.Zip(Cells(row)).ToDictionary(p => p.First, p => (object)p.Second)).ToArray(),
            ["重复开设"] = r.Duplicates.Select(d => new Dictionary<string, object>
            {
                ["单位代码"] = d.UnitCode, ["平台"] = d.PlatformName, ["账号"] = string.Join("、", d.Accounts), ["说明"] = d.Reason,
            }).ToArray(),
            ["低关注低更新"] = r.LowActivity.Select(a => new Dictionary<string, object>
            {
                ["账号"] = a.AccountId, ["名称"] = a.Name, ["平台"] = a.Platform, ["地区"] = a.Region, ["粉丝数"] = a.Followers,
                ["周均发布"] = a.PostsPerWeek,
            }).ToArray(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static string[] Cells(SurveyRow row) =>
    [
        row.SubRegionName, row.PlatformName, row.Accounts.ToString(CultureInfo.InvariantCulture),
        row.Followers.ToString(CultureInfo.InvariantCulture), row.PostsPerWeek.ToString("0.0", CultureInfo.InvariantCulture),
        ReportCells.Percent(row.OriginalShare),
    ];
}
