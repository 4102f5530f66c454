using Media.Abstractions.Accounts;
using Media.Domain.Regions;

namespace Media.Silo.Web;

/// <summary>
/// What a filing in an account's history changed, as lines a person reads: "负责人电话：13800138000 → 13900139000".
/// Filings made before the history kept the old values show only the new ones.
/// </summary>
public static class FilingHistory
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["name"] = "账号名称",
        ["url"] = "主页地址",
        ["feedUrl"] = "订阅源",
        ["interaction"] = "互动功能",
        ["responsible.name"] = "负责人姓名",
        ["responsible.phone"] = "负责人电话",
        ["responsible.email"] = "负责人邮箱",
        ["operator.name"] = "运维单位",
        ["operator.contact"] = "运维单位联系方式",
        ["approval.authority"] = "审批机关",
        ["approval.documentNo"] = "审批文号",
        ["approval.approvedOn"] = "审批日期",
    };

    /// <summary>One line per item the filing changed; none for an opening, closure or cancellation.</summary>
    public static IReadOnlyList<string> Lines(FilingEntry filing, RegionCatalog regions)
    {
        if (filing.Differences is { } differences)
        {
            return Lines(differences, regions);
        }

        return filing.Changes is { } changes ? NewValues(changes, regions) : [];
    }

    /// <summary>One line per changed item (a filing's, or what a sheet import's change would record).</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<FieldDifference> differences, RegionCatalog regions) =>
        [.. differences.Select(d => $"{Label(d.Field)}：{Value(d.Field, d.Before, regions)} → {Value(d.Field, d.After, regions)}")];

    private static List<string> NewValues(AccountChanges c, RegionCatalog regions)
    {
        var responsible = c.Responsible is { } whole ? new ContactChanges(whole.Name, whole.Phone, whole.Email) : c.ResponsibleChanges;
        (string Field, string? Value)[] items =
        [
            ("name", c.Name), ("url", c.Url), ("feedUrl", c.FeedUrl), ("interaction", c.Interaction?.ToString()),
            ("responsible.name", responsible?.Name), ("responsible.phone", responsible?.Phone), ("responsible.email", responsible?.Email),
            ("operator.name", c.Operator?.Name), ("operator.contact", c.Operator?.Contact),
            ("approval.authority", c.Approval?.Authority), ("approval.documentNo", c.Approval?.DocumentNo),
            ("approval.approvedOn", c.Approval?.ApprovedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ];
        return [.. items.Where(i => i.Value is not null).Select(i => $"{Label(i.Field)}：→ {Value(i.Field, i.Value, regions)}")];
    }

    private static string Label(string field) => Labels.GetValueOrDefault(field, field);

    private static string Value(string field, string? value, RegionCatalog regions) => (field, value) switch
    {
        (_, null) => "（无）",
        ("interaction", var flag) => string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase) ? "提供" : "不提供",
        ("approval.authority", var code) => ApprovalOffices.NameOf(regions, code),
        (_, var text) => text,
    };
}
