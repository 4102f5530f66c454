using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;

namespace Media.Application.Exports;

/// <summary>The Chinese names of account and violation states, as the pages and the exported lists show them.</summary>
public static class StatusNames
{
    public static readonly (ViolationStatus Value, string Name)[] Violations =
    [
        (ViolationStatus.Suspected, "疑似待审核"), (ViolationStatus.Open, "待处理"), (ViolationStatus.Notified, "已提醒"),
        (ViolationStatus.Rectifying, "整改中"), (ViolationStatus.Overdue, "逾期未整改"), (ViolationStatus.Resolved, "已整改"),
        (ViolationStatus.Dismissed, "已排除"),
    ];

    public static string Of(ViolationStatus status) => Violations.FirstOrDefault(s => s.Value == status).Name ?? status.ToString();

    public static string Of(AccountStatus status) => status switch
    {
        AccountStatus.Active => "在用",
        AccountStatus.Closed => "已关停",
        AccountStatus.Cancelled => "已注销",
        _ => status.ToString(),
    };
}
