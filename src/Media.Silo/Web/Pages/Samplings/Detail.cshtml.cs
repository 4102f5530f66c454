using Media.Abstractions.Sampling;
using Media.Domain.Regions;
using Media.Application.Samplings;
using Media.Application.Samplings.Reports;
using Media.Grains;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Samplings;

/// <summary>One sampling: its strata, the sampled and re-checked accounts with their verdicts, and the report downloads.</summary>
public sealed class SamplingDetailModel(IGrainFactory grains, RegionCatalog regions, TongbaoTemplate template,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    public SamplingRecord? Sampling { get; private set; }

    public string? RegionName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Sampling = await SamplingFlow.VisibleAsync(Caller, id, grains);
        if (Sampling is null)
        {
            return NotFound();
        }

        RegionName = regions.FullNameOf(RegionCode.Parse(Sampling.RegionCode));
        return Page();
    }

    /// <summary>The 通报 as a file; the format is one of docx, html, xlsx, csv (with its table).</summary>
    public async Task<IActionResult> OnGetReportAsync(string id, string? format, string? table)
    {
        if (await SamplingFlow.VisibleAsync(Caller, id, grains) is not { } sampling)
        {
            return NotFound();
        }

        var report = await SamplingReports.ReportAsync(sampling, grains, regions, clock);
        if (format == "json")
        {
            return new JsonResult(report);
        }

        return SamplingReports.File(report, template, format ?? "html", table) is { } file
            ? File(file.Bytes, file.ContentType, file.FileName)
            : BadRequest();
    }
}
