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
    /// <summary>The filing just made, when the page is shown after it (<c>?filed=open|change|close|cancel</c>).</summary>
    [BindProperty(SupportsGet = true)] public string? Filed { get; set; }

    public RegionCatalog Regions => regions;

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

    /// <summary>The account page after a filing of <paramref name="kind"/> (the API's id), which then says it was filed.</summary>
    public static string FiledPath(string id, string kind) => $"/accounts/{Uri.EscapeDataString(id)}?filed={Uri.EscapeDataString(kind)}";

    /// <summary>The line confirming a filing just made, or null.</summary>
    public static string? FiledMessage(string? kind) => kind switch
    {
        "open" => "开设备案已提交。",
        "change" => "变更备案已提交，备案记录中列出了变更前后的内容。",
        "close" => "关停备案已提交。",
        "cancel" => "注销备案已提交。",
        _ => null,
    };

    public static string KindName(FilingKind kind) => kind switch
    {
        FilingKind.Open => "开设",
        FilingKind.Change => "变更",
        FilingKind.Close => "关停",
        FilingKind.Cancel => "注销",
        _ => kind.ToString(),
    };
}
