using Media.Abstractions.Monitoring;

namespace Media.Silo.Web;

/// <summary>The Chinese names of violation states, as the pages show them.</summary>
public static class ViolationNames
{
    public static readonly (ViolationStatus Value, string Name)[] Statuses =
    [
        (ViolationStatus.Suspected, "疑似待审核"), (ViolationStatus.Open, "待处理"), (ViolationStatus.Notified, "已提醒"),
        (ViolationStatus.Rectifying, "整改中"), (ViolationStatus.Overdue, "逾期未整改"), (ViolationStatus.Resolved, "已整改"),
        (ViolationStatus.Dismissed, "已排除"),
    ];

    public static string Of(ViolationStatus status) => Statuses.FirstOrDefault(s => s.Value == status).Name ?? status.ToString();

    /// <summary>The status as the API spells it (a query value).</summary>
    public static string Value(ViolationStatus status) => status.ToString().ToLowerInvariant();
}
