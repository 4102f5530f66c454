using System.Globalization;
using Media.Abstractions.Storage;
using Media.Application.Accounts;
using Media.Application.Samplings.Reports;
using Media.Application.Units;
using Media.Application.Violations;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Domain.Validation;

namespace Media.Application.Exports;

/// <summary>
/// The accounts, violations and audit lists as XLSX or CSV: the list's own filters and jurisdiction (the same use case
/// the list pages call), every row rather than one page, unit and region names beside their codes, Beijing times.
/// </summary>
public static class ListExports
{
    private static readonly string AllRows = ListExport.MaxRows.ToString(CultureInfo.InvariantCulture);

    public static async Task<Outcome<ListExport>> AccountsAsync(Caller caller, IGrainFactory grains, RegionCatalog regions,
        TimeProvider clock, string? format, string? region, string? platform, string? status, string? rule, string? q)
    {
        var errors = new FieldErrors();
        if (ListExport.FormatOf(format, errors) is not { } chosen)
        {
            return Refusal.Invalid(errors);
        }

        var listed = await AccountListing.QueryAsync(caller, grains, regions, region, platform, status, rule, q, "1", AllRows, ListExport.MaxRows);
        if (!listed.IsDone)
        {
            return listed.Refusal;
        }

        var table = new ReportTable("accounts", "账号清单",
            ["账号标识", "平台", "账号名称", "主办单位", "单位代码", "地区", "地区代码", "状态", "开设日期", "问题数", "最近发布时间", "采集缺口"],
            [24, 10, 24, 28, 20, 24, 10, 8, 12, 8, 20, 8],
            [.. listed.Value.Items.Select(a => new object?[]
            {
                a.Id, a.PlatformName, a.Name, a.UnitName ?? string.Empty, a.UnitCode,
                a.RegionName ?? a.RegionCode, a.RegionCode, StatusNames.Of(a.Status),
                a.OpenedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.FindingCount, ListExport.Beijing(a.LastPostAt),
                a.MonitoringGap ? "是" : "否",
            })]);
        return ListExport.Of(table, chosen, "accounts", clock);
    }

    public static async Task<Outcome<ListExport>> ViolationsAsync(Caller caller, IGrainFactory grains, RegionCatalog regions,
        TimeProvider clock, string? format, string? region, string? rule, string? status)
    {
        var errors = new FieldErrors();
        if (ListExport.FormatOf(format, errors) is not { } chosen)
        {
            return Refusal.Invalid(errors);
        }

        var listed = await ViolationListing.EntriesAsync(caller, grains, region, rule, status, "1", AllRows, ListExport.MaxRows);
        if (!listed.IsDone)
        {
            return listed.Refusal;
        }

        var units = await UnitLookup.NamesAsync(grains, listed.Value.Items.Select(v => (v.UnitCode, v.RegionCode)));
        var table = new ReportTable("violations", "问题清单",
            ["编号", "账号标识", "主办单位", "单位代码", "地区", "地区代码", "问题", "发现时间", "状态", "情况", "办结时间"],
            [30, 24, 28, 20, 24, 10, 20, 20, 10, 50, 20],
            [.. listed.Value.Items.Select(e => new object?[]
            {
                e.Violation.Id, e.Violation.AccountId, units.GetValueOrDefault(e.UnitCode, string.Empty), e.UnitCode,
                ListExport.RegionName(regions, e.RegionCode), e.RegionCode, MonitoringRules.DisplayName(e.Violation.Rule),
                ListExport.Beijing(e.Violation.DetectedAt), StatusNames.Of(e.Violation.Status), e.Violation.Evidence,
                ListExport.Beijing(e.Violation.ClosedAt),
            })]);
        return ListExport.Of(table, chosen, "violations", clock);
    }

    /// <summary>The audit log (admins: it spans every jurisdiction): one subject's entries oldest first, or the newest first.</summary>
    public static async Task<Outcome<ListExport>> AuditAsync(Caller caller, IAuditLog audit, TimeProvider clock, string? format,
        string? subject, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return Refusal.Forbidden("只有系统管理员可以导出操作日志");
        }

        var errors = new FieldErrors();
        if (ListExport.FormatOf(format, errors) is not { } chosen)
        {
            return Refusal.Invalid(errors);
        }

        var entries = string.IsNullOrWhiteSpace(subject)
            ? await audit.ReadRecentAsync(ListExport.MaxRows, cancellationToken)
            : await audit.ReadAsync(subject.Trim(), ListExport.MaxRows, cancellationToken);
        var table = new ReportTable("audit", "操作日志", ["时间", "操作人", "操作", "对象", "变更前", "变更后"], [20, 16, 20, 30, 40, 60],
            [.. entries.Select(e => new object?[] { ListExport.Beijing(e.OccurredAt), e.Actor, e.Action, e.Subject, e.Before, e.After })]);
        return ListExport.Of(table, chosen, "audit", clock);
    }
}
