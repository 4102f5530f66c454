using Media.Application.Samplings;
using Media.Domain.Regions;
using Media.Grains;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Reports;

/// <summary>The 通报 within reach, newest quarter first, each with its five downloads; for a province, its cities ranked by 合格率.</summary>
public sealed class ReportsModel(IGrainFactory grains, RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public IReadOnlyList<ReportEntry> Reports { get; private set; } = [];

    /// <summary>For a province, the quarter's ranking of its cities by 合格率.</summary>
    public ReportOverview? Overview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await ReportList.FindAsync(Caller, Blank(Quarter), Blank(Region), grains, regions, clock,
            (id, format) => $"/samplings/{Uri.EscapeDataString(id)}?handler=Report&format={format}");
        if (!found.IsDone)
        {
            return Refused(found.Refusal, Page);
        }

        Overview = found.Value.Overview;
        Reports = [.. found.Value.Items.OrderByDescending(r => r.Quarter, StringComparer.Ordinal).ThenBy(r => r.RegionCode, StringComparer.Ordinal)];
        return Page();
    }
}
