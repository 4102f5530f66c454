using System.Globalization;
using System.Net;
using System.Text;
using MiniExcelLibs;

namespace Media.Application.Samplings;

/// <summary>The report as a printable Chinese 通报 (HTML), a CSV of the checked accounts and an XLSX workbook.</summary>
public static class SamplingReportFiles
{
    public static string Html(SamplingReport r)
    {
        var title = $"关于{r.QuarterName}{r.RegionName}政务新媒体抽查情况的通报";
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>")
            .Append("<style>body{font-family:'WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;max-width:960px;margin:2em auto;line-height:1.8}")
            .Append("h1{text-align:center;font-size:1.6em}table{border-collapse:collapse;width:100%;margin:1em 0}")
            .Append("th,td{border:1px solid #333;padding:4px 8px;text-align:center}@media print{body{margin:0}}</style></head><body>")
            .Append("<h1>").Append(E(title)).Append("</h1><p>").Append(E(Summary(r))).Append("</p>");
        Table(h, "一、各地区抽查情况", ["地区", "抽查数", "不合格数", "合格率"],
            r.ByRegion.Select(g => new[] { g.Name, N(g.Checked), N(g.Failed), ReportCells.Percent(g.PassRate) }));
        Table(h, "二、各平台抽查情况", ["平台", "抽查数", "不合格数", "合格率"],
            r.ByPlatform.Select(g => new[] { g.Name, N(g.Checked), N(g.Failed), ReportCells.Percent(g.PassRate) }));
        Table(h, "三、复查情况", ["账号", "名称", "平台", "地区", "复查结果"],
            r.Recheck.Select(x => new[] { x.AccountId, x.Name, x.Platform, x.Region, ResultName(x.Result) }));
        h.Append("<h2>四、整改要求</h2><p>").Append(E($"请不合格账号的主办单位于整改期限前完成整改，并在系统中回复整改情况；逾期未整改的，将予以通报并提请上级督办。")).Append("</p>");
        Table(h, "附件：抽查不合格账号名单", ["序号", "账号", "名称", "平台", "地区", "存在问题", "整改期限"],
            r.Failures.Select((f, i) => new[] { N(i + 1), f.AccountId, f.Name, f.Platform, f.Region, string.Join("；", f.Problems), f.Deadline.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) }));
        h.Append("<p style=\"color:#555\">").Append(E($"抽样随机种子：{r.Seed}（{(r.SeedDerived ? "系统按季度和地区生成" : "抽查人员指定")}），同一总体和种子可复现相同样本。")).Append("</p></body></html>");
        return h.ToString();
    }

    private static readonly string[] CsvHeaders = ["类别", "名称", "抽查数", "不合格数", "合格率"];

    public static byte[] Csv(SamplingReport r)
    {
        var rows = new List<string[]> { CsvHeaders };
        rows.Add(["合计", r.RegionName, N(r.Checked), N(r.Failed), ReportCells.Percent(r.PassRate)]);
        rows.AddRange(r.ByRegion.Select(g => new[] { "地区", g.Name, N(g.Checked), N(g.Failed), ReportCells.Percent(g.PassRate) }));
        rows.AddRange(r.ByPlatform.Select(g => new[] { "平台", g.Name, N(g.Checked), N(g.Failed), ReportCells.Percent(g.PassRate) }));
        rows.AddRange(r.Failures.Select(f => new[] { "不合格账号", $"{f.Name}（{f.AccountId}）", f.Region, string.Join("；", f.Problems),
            f.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
        var text = string.Concat(rows.Select(row => string.Join(',', row.Select(ReportCells.Csv)) + "\r\n"));

        // With a BOM, so Excel opens the Chinese text as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    public static byte[] Xlsx(SamplingReport r)
    {
        var sheets = new Dictionary<string, object>
        {
            ["汇总"] = new[]
            {
                Row(("项目", "抽查总体"), ("数值", N(r.Population))),
                Row(("项目", "样本数"), ("数值", N(r.SampleSize))),
                Row(("项目", "抽查数"), ("数值", N(r.Checked))),
                Row(("项目", "不合格数"), ("数值", N(r.Failed))),
                Row(("项目", "合格率"), ("数值", ReportCells.Percent(r.PassRate))),
                Row(("项目", "上季度合格率"), ("数值", ReportCells.Percent(r.Previous?.PassRate))),
                Row(("项目", "环比（百分点）"), ("数值", r.Previous?.DeltaPoints?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—")),
                Row(("项目", "随机种子"), ("数值", r.Seed)),
            },
            ["按地区"] = Groups(r.ByRegion, "地区"),
            ["按平台"] = Groups(r.ByPlatform, "平台"),
            ["不合格账号"] = r.Failures.Select(f => Row(("账号", f.AccountId), ("名称", f.Name), ("平台", f.Platform), ("地区", f.Region),
                ("存在问题", string.Join("；", f.Problems)), ("整改期限", f.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))).ToArray(),
            ["复查"] = r.Recheck.Select(x => Row(("账号", x.AccountId), ("名称", x.Name), ("平台", x.Platform), ("地区", x.Region),
                ("复查结果", ResultName(x.Result)))).ToArray(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?>[] Groups(IEnumerable<ReportGroup> groups, string label) =>
        [.. groups.Select(g => Row((label, g.Name), ("抽查数", g.Checked), ("不合格数", g.Failed), ("合格率", ReportCells.Percent(g.PassRate))))];

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Header, c => c.Value);

    private static string Summary(SamplingReport r)
    {
        var text = $"按照政务新媒体监管工作要求，{r.QuarterName}对{r.RegionName}{N(r.Population)}个政务新媒体账号按不低于30%的比例开展抽查，" +
                   $"抽取样本{N(r.SampleSize)}个，已检查{N(r.Checked)}个，其中不合格{N(r.Failed)}个，合格率{ReportCells.Percent(r.PassRate)}";
        if (r.Previous is { } p)
        {
            text += p.DeltaPoints is { } d
                ? $"，上季度合格率{ReportCells.Percent(p.PassRate)}，环比{(d >= 0 ? "上升" : "下降")}{Math.Abs(d).ToString("0.0", CultureInfo.InvariantCulture)}个百分点"
                : $"，上季度合格率{ReportCells.Percent(p.PassRate)}";
        }

        return text + $"。上季度不合格账号{N(r.Recheck.Count)}个纳入本次复查。现将有关情况通报如下。";
    }

    private static void Table(StringBuilder h, string heading, string[] headers, IEnumerable<string[]> rows)
    {
        h.Append("<h2>").Append(E(heading)).Append("</h2><table><tr>");
        foreach (var header in headers)
        {
            h.Append("<th>").Append(E(header)).Append("</th>");
        }

        h.Append("</tr>");
        foreach (var row in rows)
        {
            h.Append("<tr>");
            foreach (var cell in row)
            {
                h.Append("<td>").Append(E(cell)).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</table>");
    }

    private static string ResultName(string result) => result switch
    {
        "passed" => "已整改合格",
        "failed" => "仍不合格",
        _ => "待复查",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
