using System.Globalization;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Application.Websites;
using Media.Domain.Regions;
using Media.Domain.Websites;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Websites;

/// <summary>
/// One website (SPEC §3.6): the filing record, identifiers filed against found, columns with their last reads, discovered
/// columns a supervisor confirms, availability over 7 days, rules not yet observable and the violations. The same
/// <see cref="WebsiteRecordView"/> as <c>GET /api/websites/{id}</c>; 404 outside the caller's reach.
/// </summary>
public sealed class WebsiteDetailModel(IGrainFactory grains, RegionCatalog regions) : MediaPageModel
{
    public WebsiteRecordView? Site { get; private set; }

    public BarChartModel? Checks { get; private set; }

    public BarChartModel? Failures { get; private set; }

    /// <summary>The discovered columns a supervisor ticks to confirm, each with the category it is to be judged by.</summary>
    [BindProperty] public List<DiscoveredChoice> Confirm { get; set; } = [];

    public sealed class DiscoveredChoice
    {
        public string? Url { get; set; }

        public string? Category { get; set; }

        public bool Chosen { get; set; }
    }

    /// <summary>One footer identifier: filed, found at the last good home read, and how they compare.</summary>
    public sealed record Identifier(string Name, string? Filed, string? Found, string Verdict);

    public IReadOnlyList<Identifier> Identifiers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(string id)
    {
        if (!await LoadAsync(id) || await WebsiteAccess.VisibleAsync(id, Caller, grains) is not { } website)
        {
            return NotFound();
        }

        // The columns judged from now on: those already confirmed, and the discovered ones ticked, with their categories.
        var keep = Site!.Columns.Select(c => (ColumnRequest?)new ColumnRequest(c.Name, c.Url, c.Category));
        var chosen = Site.Observations!.Discovered
            .Select(d => (Column: d, Choice: Confirm.FirstOrDefault(c => c.Chosen && c.Url == d.Url)))
            .Where(d => d.Choice is not null)
            .Select(d => (ColumnRequest?)new ColumnRequest(d.Column.Name, d.Column.Url, Blank(d.Choice!.Category) ?? d.Column.Category));
        var set = await WebsiteColumnsFlow.SetAsync(Caller, website, new SetColumnsRequest([.. keep, .. chosen]), grains);
        return set.IsDone ? Redirect("/websites/" + Uri.EscapeDataString(id)) : Refused(set.Refusal, Page);
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await WebsiteAccess.VisibleAsync(id, Caller, grains) is null
            || await grains.Ref<IMonitoredWebsite>(id).GetWebsiteAsync() is not { } view)
        {
            return false;
        }

        var activity = await grains.Ref<IAccountGrain>(id).GetActivityAsync();
        Site = WebsiteRecordView.From(view, activity.Unseen, regions);
        var days = Site.Observations!.Availability;
        Checks = new BarChartModel("近7天每日可用性检测次数", [.. days.Select(d => (Day(d.Day), d.Checks))]);
        Failures = new BarChartModel("近7天每日首页无法访问次数", [.. days.Select(d => (Day(d.Day), d.Failures))]);
        var found = Site.Observations.FooterFound;
        Identifiers =
        [
            Compare("网站标识码", Site.SiteIdCode, found?.SiteIdCode, found is not null),
            Compare("ICP备案编号", Site.Icp, found?.Icp, found is not null),
            Compare("公安机关备案号", Site.PublicSecurity, found?.PublicSecurity, found is not null),
        ];
        return true;
    }

    /// <summary>
    /// Whether an active 栏目不更新 names the column: the judge names the stale and blank columns in its evidence, so the
    /// page marks what the verdict says rather than judging the thresholds again.
    /// </summary>
    public bool NamedStale(WebsiteColumnView column) => Site!.Violations!.Any(v =>
        v.Rule == WebsiteRules.ColumnsStale && v.Evidence.Contains(column.Name, StringComparison.Ordinal));

    private static string Day(DateOnly day) => day.ToString("MM-dd", CultureInfo.InvariantCulture);

    private static Identifier Compare(string name, string? filed, string? found, bool read) => new(name, filed, found,
        !read ? "尚未读取"
        : string.IsNullOrWhiteSpace(found) ? "缺失"
        : string.IsNullOrWhiteSpace(filed) || FooterNumbers.Same(found, filed) ? "找到"
        : "不一致");
}
