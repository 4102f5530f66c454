using Media.Abstractions.Storage;
using Media.Grains;
using System.Globalization;
using Media.Abstractions.Sampling;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Time;
using Media.Application;
using Media.Application.Samplings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Media.Silo.Web.Pages.Samplings;

/// <summary>
/// Sampling inspection (抽查): start this quarter's sampling of a region, and the region's samplings of the last
/// four quarters. Units have no samplings (404), as through the API.
/// </summary>
public sealed class SamplingsModel(IGrainFactory grains, RegionCatalog regions, IOptions<SamplingOptions> options, IAuditLog audit,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    [BindProperty(SupportsGet = true)] public string? RegionCode { get; set; }

    [BindProperty] public string? Quarter { get; set; }

    [BindProperty] public string? Ratio { get; set; }

    [BindProperty] public string? Seed { get; set; }

    public decimal MinRatio => options.Value.MinRatio;

    /// <summary>The region's samplings, newest quarter first; a quarter without one has none.</summary>
    public IReadOnlyList<(Quarter Quarter, SamplingRecord? Sampling)> Recent { get; private set; } = [];

    public string? RegionName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Caller.IsUnit)
        {
            return NotFound();
        }

        RegionCode ??= Caller.Scope;
        Quarter ??= Domain.Sampling.Quarter.Of(BeijingTime.Today(clock)).ToString();
        await LoadRecentAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        decimal? ratio = null;
        if (Blank(Ratio) is { } text)
        {
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                ratio = parsed;
            }
            else
            {
                Show(Refusal.Invalid("ratio", "请填写0至1之间的小数，如 0.3"));
                await LoadRecentAsync();
                return Page();
            }
        }

        var created = await SamplingFlow.CreateAsync(Caller, new CreateSamplingRequest(Blank(Quarter), Blank(RegionCode), ratio, Blank(Seed)),
            grains, regions, options.Value, audit, clock);
        if (created.IsDone)
        {
            return Redirect("/samplings/" + Uri.EscapeDataString(created.Value.Id));
        }

        // Units have no samplings at all: the page does not exist for them, as through the API.
        if (created.Refusal.Kind == RefusalKind.Forbidden && Caller.IsUnit)
        {
            return NotFound();
        }

        await LoadRecentAsync();
        return Refused(created.Refusal, Page);
    }

    private async Task LoadRecentAsync()
    {
        if (!Domain.Regions.RegionCode.TryParse(RegionCode, out var region) || !regions.IsKnown(region) || !Caller.CoversRegion(region.Value))
        {
            return;
        }

        RegionName = regions.FullNameOf(region);
        var quarter = Domain.Sampling.Quarter.Of(BeijingTime.Today(clock));
        var quarters = new List<Quarter>();
        for (var i = 0; i < 4; i++, quarter = quarter.Previous)
        {
            quarters.Add(quarter);
        }

        Recent = await Task.WhenAll(quarters.Select(async q =>
            (q, await grains.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(q.ToString(), region.Value)).GetAsync())));
    }
}
