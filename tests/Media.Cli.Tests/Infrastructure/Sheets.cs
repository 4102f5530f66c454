using Media.SurveySheets;
using System.Globalization;
using CsvHelper;
using Media.Cli.Import;
using MiniExcelLibs;

namespace Media.Cli.Tests.Infrastructure;

/// <summary>Survey sheets for tests: rows keyed by field id, written as CSV or XLSX under the template headers.</summary>
public sealed class Sheets : IDisposable
{
    private static readonly string[] Platforms = ["weibo", "wechat", "douyin", "toutiao", "bilibili"];

    private static string PlatformOf(int n, int units) => Platforms[n / units % Platforms.Length];

    private readonly string _dir = Directory.CreateTempSubdirectory("media-cli-sheets-").FullName;

    public string PathOf(string name) => Path.Combine(_dir, name);

    /// <summary>
    /// <paramref name="count"/> valid rows spread over the units and platforms, handles h00001… (gh_00002… on WeChat,
    /// whose handle is the 原始ID).
    /// </summary>
    public static List<Dictionary<string, object?>> ValidRows(int count, IReadOnlyList<string> unitCodes) =>
        [.. Enumerable.Range(1, count).Select(n => new Dictionary<string, object?>
        {
            ["unitCode"] = unitCodes[n % unitCodes.Count],
            ["platform"] = PlatformOf(n, unitCodes.Count),
            ["handle"] = (PlatformOf(n, unitCodes.Count) == "wechat" ? "gh_" : "h") + $"{n:D5}",
            ["name"] = $"测试发布{n}",
            ["url"] = $"https://example.cn/accounts/{n}",
            ["openedOn"] = "2024-03-01",
            ["interaction"] = n % 2 == 0 ? "是" : "否",
            ["responsible.name"] = "张三",
            ["responsible.phone"] = "13800138000",
            ["responsible.email"] = "zhangsan@example.cn",
            ["approval.authority"] = "440100",
            ["approval.documentNo"] = $"穗府办函〔2024〕{n}号",
            ["approval.approvedOn"] = "2024-02-20",
        })];

    public static string IdOf(Dictionary<string, object?> row) => $"{row["platform"]}:{row["handle"]}";

    public string WriteCsv(string name, IEnumerable<Dictionary<string, object?>> rows)
    {
        var path = PathOf(name);
        using (var csv = CsvWriter.Create(File.Create(path), CsvWriterOptions.Default with { WriteByteOrderMark = true }))
        {
            csv.WriteRecord([.. SheetColumns.All.Select(c => c.Header)]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. SheetColumns.All.Select(c => Convert.ToString(row.GetValueOrDefault(c.Id), CultureInfo.InvariantCulture) ?? "")]);
            }
        }

        return path;
    }

    /// <summary>Writes an .xlsx; cell values keep their types (DateTime and double cells stay dates and numbers).</summary>
    public string WriteXlsx(string name, IEnumerable<Dictionary<string, object?>> rows)
    {
        var path = PathOf(name);
        MiniExcel.SaveAs(path, rows.Select(row => SheetColumns.All.ToDictionary(c => c.Header, c => row.GetValueOrDefault(c.Id))));
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
