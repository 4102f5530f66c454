using Media.Grains;
using Media.Abstractions.Index;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Time;
using Media.Application;
using Media.Application.Accounts;
using Media.Application.Monitoring;
using Media.Application.Violations;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages;

/// <summary>
/// The dashboard of the caller's jurisdiction (a unit: its own accounts): counts by status and platform, the
/// accounts closest to the two-week line, the open violations and a chart of violations per week.
/// </summary>
public sealed class DashboardModel(IGrainFactory grains, RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    : MediaPageModel
{
    private const int ListLength = 10;
    private const int ChartWeeks = 12;

    public IReadOnlyList<(string Name, int Count)> ByStatus { get; private set; } = [];

    public IReadOnlyList<(string Platform, int Count)> ByPlatform { get; private set; } = [];

    /// <summary>Active accounts longest without a post, not yet past the line, with their quiet days.</summary>
    public IReadOnlyList<(IndexEntry Entry, int QuietDays)> Quietest { get; private set; } = [];

    public ViolationListing.Page? OpenViolations { get; private set; }

    /// <summary>How many accounts Media cannot judge now (never observed, or blind); null for units, who do not see that list.</summary>
    public int? Gaps { get; private set; }

    public BarChartModel? ViolationChart { get; private set; }

    /// <summary>Active websites in reach (they share the index lines, counted by their platform).</summary>
    public int Websites { get; private set; }

    public async Task OnGetAsync()
    {
        var caller = Caller;
        var unit = caller.IsUnit ? caller.UnitCode : null;
        var now = clock.GetUtcNow();
        var byStatus = Task.WhenAll(Accounts.AccountListModel.Statuses.Select(async s => (s.Name, await CountAsync(caller, null, s.Value))));
        var websites = CountAsync(caller, Platforms.Website, "active");
        var byPlatform = Task.WhenAll(Platforms.All.Select(async p => (p, await CountAsync(caller, p, null))));
        var quietest = RegionFanOut.AskAsync(grains, caller.Scope, index => index.QuietestAsync(unit, ListLength));
        var weeks = RegionFanOut.AskAsync(grains, caller.Scope, index => index.ViolationWeeksAsync(unit, now, ChartWeeks));
        var gaps = caller.IsUnit ? null : GapListing.QueryAsync(caller, grains, regions, null, null, null, "1");
        var open = ViolationListing.QueryAsync(caller, grains, null, null, "active", null, ListLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            regions);

        ByStatus = await byStatus;
        ByPlatform = await byPlatform;
        Websites = await websites;
        Quietest = [.. (await quietest).SelectMany(list => list)
            .OrderBy(Grains.Index.DashboardLists.QuietSince).ThenBy(e => e.AccountId, StringComparer.Ordinal)
            .Take(ListLength)
            .Select(e => (e, (int)(now - Grains.Index.DashboardLists.QuietSince(e)).TotalDays))];
        Gaps = gaps is null ? null : await gaps is { IsDone: true } gapList ? gapList.Value.Total : null;
        OpenViolations = await open is { IsDone: true } listed ? listed.Value : null;
        var counts = new int[ChartWeeks];
        foreach (var part in await weeks)
        {
            for (var i = 0; i < ChartWeeks; i++)
            {
                counts[i] += part[i];
            }
        }

        ViolationChart = BarChartModel.Weekly("近12周每周发现的问题数（按周一日期）", counts, BeijingTime.DateOf(now));
    }

    private async Task<int> CountAsync(Caller caller, string? platform, string? status) =>
        await AccountListing.QueryAsync(caller, grains, regions, null, platform, status, null, null, null, "1") is { IsDone: true } listed
            ? listed.Value.Total
            : 0;
}
