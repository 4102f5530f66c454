using System.Text.RegularExpressions;

namespace Media.SurveySheets;

/// <summary>The columns of the survey sheets (摸底表, of accounts or websites) in template order, and how headers are recognised.</summary>
public static partial class SheetColumns
{
    public static IReadOnlyList<SheetColumn> All { get; } =
    [
        new("unitCode", "单位统一社会信用代码", CellKind.Text, "11440104MB2C923413"),
        new("platform", "平台", CellKind.Text, "微博"),
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

    /// <summary>The columns of a sheet of websites (网站摸底表); 栏目 holds every column as "名称|网址|类别；…".</summary>
    public static IReadOnlyList<SheetColumn> Websites { get; } =
    [
        new("siteIdCode", "网站标识码", CellKind.Text, "4401040001"),
        new("name", "网站名称", CellKind.Text, "广州市越秀区人民政府门户网站"),
        new("url", "首页网址", CellKind.Text, "https://www.yuexiu.gov.cn/"),
        new("unitCode", "主办单位统一社会信用代码", CellKind.Text, "11440104MB2C923413"),
        new("icp", "ICP备案编号", CellKind.Text, "粤ICP备05080000号"),
        new("publicSecurity", "公安机关备案号", CellKind.Text, "粤公网安备44010402000001号"),
        new("columns", "栏目", CellKind.Text, "工作动态|https://www.yuexiu.gov.cn/gzdt/|动态要闻；通知公告|https://www.yuexiu.gov.cn/tzgg/|通知公告/政策文件"),
    ];

    /// <summary>The account column a header names (<see cref="Match(IReadOnlyList{SheetColumn}, string?)"/>).</summary>
    public static SheetColumn? Match(string? header) => Match(All, header);

    /// <summary>
    /// The column of <paramref name="columns"/> a header names: by the id in parentheses (<c>负责人电话(responsible.phone)</c>, full-width
    /// parentheses too), by the bare id, or by the Chinese title. Ids match without regard to case.
    /// </summary>
    public static SheetColumn? Match(IReadOnlyList<SheetColumn> columns, string? header)
    {
        var text = header?.Trim().Trim('\uFEFF').Replace('（', '(').Replace('）', ')').Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = TitleAndId().Match(text);
        if (match.Success && (ById(columns, match.Groups["id"].Value) ?? ByTitle(columns, match.Groups["title"].Value)) is { } column)
        {
            return column;
        }

        return ById(columns, text) ?? ByTitle(columns, text);
    }

    private static SheetColumn? ById(IReadOnlyList<SheetColumn> columns, string id) =>
        columns.FirstOrDefault(c => string.Equals(c.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    private static SheetColumn? ByTitle(IReadOnlyList<SheetColumn> columns, string title) =>
        columns.FirstOrDefault(c => string.Equals(c.Title, title.Trim(), StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<title>.*?)\s*\((?<id>[^()]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleAndId();
}
