using System.Text.RegularExpressions;

namespace Media.Cli.Import;

/// <summary>The columns of the survey sheet (摸底表) in template order, and how headers are recognised.</summary>
internal static partial class SheetColumns
{
    public static IReadOnlyList<SheetColumn> All { get; } =
    [
        new("unitCode", "单位统一社会信用代码", CellKind.Text, "11440104MB2C923413"),
        new("platform", "平台", CellKind.Text, "weibo"),
        new("handle", "账号标识", CellKind.Text, "1234567890"),
        new("name", "账号名称", CellKind.Text, "越秀发布"),
        new("url", "主页地址", CellKind.Text, "https://weibo.com/u/1234567890"),
        new("feedUrl", "订阅源地址", CellKind.Text, ""),
        new("openedOn", "开设日期", CellKind.Date, "2024-03-01"),
        new("interaction", "是否提供互动功能", CellKind.YesNo, "是"),
        new("responsible.name", "负责人姓名", CellKind.Text, "张三"),
        new("responsible.phone", "负责人电话", CellKind.Text, "13800138000"),
        new("responsible.email", "负责人邮箱", CellKind.Text, "zhangsan@example.gov.cn"),
        new("operator.name", "运维单位", CellKind.Text, "广州某某网络科技有限公司"),
        new("operator.contact", "运维联系方式", CellKind.Text, "020-12345678"),
        new("approval.authority", "审批机关区划代码", CellKind.Text, "440100"),
        new("approval.documentNo", "审批文号", CellKind.Text, "穗府办函〔2024〕1号"),
        new("approval.approvedOn", "审批日期", CellKind.Date, "2024-02-20"),
        new("exceptionReason", "例外理由", CellKind.Text, ""),
    ];

    /// <summary>
    /// The column a header names: by the id in parentheses (<c>负责人电话(responsible.phone)</c>, full-width
    /// parentheses too), by the bare id, or by the Chinese title. Ids match without regard to case.
    /// </summary>
    public static SheetColumn? Match(string? header)
    {
        var text = header?.Trim().Trim('\uFEFF').Replace('（', '(').Replace('）', ')').Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = TitleAndId().Match(text);
        if (match.Success && (ById(match.Groups["id"].Value) ?? ByTitle(match.Groups["title"].Value)) is { } column)
        {
            return column;
        }

        return ById(text) ?? ByTitle(text);
    }

    private static SheetColumn? ById(string id) =>
        All.FirstOrDefault(c => string.Equals(c.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    private static SheetColumn? ByTitle(string title) =>
        All.FirstOrDefault(c => string.Equals(c.Title, title.Trim(), StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<title>.*?)\s*\((?<id>[^()]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleAndId();
}
