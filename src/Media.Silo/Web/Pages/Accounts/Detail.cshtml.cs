using Media.Abstractions;
using Media.Grains;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Domain.Regions;
using Media.Application.Accounts;
using Microsoft.AspNetCore.Mvc;
using Media.Domain.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Accounts;

/// <summary>One account: its filing record, activity and violations; 404 outside the caller's jurisdiction.</summary>
public sealed class AccountDetailModel(IGrainFactory grains, RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    : MediaPageModel
{
    public BarChartModel? Chart { get; private set; }

    public AccountSnapshot? Account { get; private set; }

    public string? RegionName { get; private set; }

    /// <summary>The 主办单位's name, shown with its credit code.</summary>
    public string? UnitName { get; private set; }

    public ActivityView? Activity { get; private set; }

    public IReadOnlyList<ViolationRecord> Violations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Account = await AccountAccess.VisibleAsync(id, Caller, grains);
        if (Account is null)
        {
            return NotFound();
        }

        var grain = grains.Ref<IAccountGrain>(id);
        Activity = await grain.GetActivityAsync();
        if (Activity.WeeklyPosts is { } weekly)
        {
            Chart = BarChartModel.Weekly("近12周每周发布数（按周一日期）", weekly, BeijingTime.Today(clock));
        }

        Violations = [.. (await grain.GetViolationsAsync()).Where(v => ViolationStatuses.IsActive(v.Status))];
        RegionName = regions.FullNameOf(RegionCode.Parse(Account.RegionCode));
        UnitName = (await grains.Ref<Media.Abstractions.Units.IUnitGrain>(Account.UnitCode).GetAsync())?.Name;
        return Page();
    }

    public static string KindName(FilingKind kind) => kind switch
    {
        FilingKind.Open => "开设",
        FilingKind.Change => "变更",
        FilingKind.Close => "关停",
        FilingKind.Cancel => "注销",
        _ => kind.ToString(),
    };
}
