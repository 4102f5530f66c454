using Media.Grains;
using Media.Abstractions.Accounts;
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
        // One call per region answers every count, the quietest list and the chart: the counts were one fan-out each.
        var parts = RegionFanOut.AskAsync(grains, caller.Scope, index => index.DashboardAsync(unit, now, ListLength, ChartWeeks));
        var open = ViolationListing.QueryAsync(caller, grains, null, null, "active", null, ListLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            regions);

        var answers = await parts;
        var counts = answers.SelectMany(a => a.Counts).ToList();
        int Count(Func<LineCount, bool> which) => counts.Where(which).Sum(c => c.Count);
        // As the account list counts them: websites share the lines but are listed only under their own platform.
        ByStatus = [.. Accounts.AccountListModel.Statuses.Select(s => (s.Name,
            Count(c => c.Platform != Platforms.Website && c.Status == Enum.Parse<AccountStatus>(s.Value, ignoreCase: true))))];
        ByPlatform = [.. Platforms.All.Select(p => (p, Count(c => c.Platform == p)))];
        Websites = Count(c => c.Platform == Platforms.Website && c.Status == AccountStatus.Active);
        Quietest = [.. answers.SelectMany(a => a.Quietest)
            .OrderBy(Grains.Index.DashboardLists.QuietSince).ThenBy(e => e.AccountId, StringComparer.Ordinal)
            .Take(ListLength)
            .Select(e => (e, (int)(now - Grains.Index.DashboardLists.QuietSince(e)).TotalDays))];
        // Units do not see the gaps list, so not its count either.
        Gaps = caller.IsUnit ? null : answers.Sum(a => a.Gaps);
        OpenViolations = await open is { IsDone: true } listed ? listed.Value : null;
        var perWeek = new int[ChartWeeks];
        foreach (var part in answers)
        {
            for (var i = 0; i < ChartWeeks; i++)
            {
                perWeek[i] += part.Weeks[i];
            }
        }

        ViolationChart = BarChartModel.Weekly("近12周每周发现的问题数（按周一日期）", perWeek, BeijingTime.DateOf(now));
    }
}
