using Media.Abstractions.Sampling;
using Media.Application.Samplings.Reports;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Sampling.Reports;
using Media.Domain.Time;

namespace Media.Application.Samplings;

/// <summary>
/// The 通报 of a sampling (SPEC §3.4, §3.7) for the API and the pages: the figures as JSON, and the document in
/// HTML, CSV, XLSX and DOCX, worded by the templates in <c>silo-config/reports</c>.
/// </summary>
public static class SamplingReports
{
    /// <summary>The formats a 通报 is downloaded in, in the order the pages list them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["docx", "html", "xlsx", "csv", "json"];

    /// <summary>The 通报 of a sampling, compared with the same region's previous quarter.</summary>
    public static async Task<SamplingReport> ReportAsync(SamplingRecord sampling, IGrainFactory grains, RegionCatalog regions, TimeProvider clock)
    {
        var previous = Quarter.TryParse(sampling.Quarter, out var quarter)
            ? await grains.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(quarter.Previous.ToString(), sampling.RegionCode)).GetAsync()
            : null;
        var report = SamplingReport.Build(sampling, previous, regions);
        var units = await UnitNamesAsync(sampling, grains);
        var inspections = sampling.InspectionsByAccount();
        var facts = new ReportFacts(sampling.Quarter, RegionCode.Parse(sampling.RegionCode), sampling.Ratio, sampling.Population,
            sampling.SampleSize, sampling.Seed, sampling.SeedDerived,
            [.. sampling.Strata.Select(s => new Stratum(s.Platform, s.Population, s.Sampled))],
            [.. sampling.Accounts.Select(a => Account(inspections, a, units))], [.. sampling.Recheck.Select(a => Account(inspections, a, units))],
            report.Previous?.PassRate, IssuedOn(sampling, clock));
        return report with { Document = TongbaoBuilder.Build(facts, regions) };
    }

    /// <summary>A report download: its bytes, content type and Chinese file name; null for an unknown format or table.</summary>
    public static ReportFile? File(SamplingReport report, TongbaoTemplate template, string format, string? table = null)
    {
        var document = template.Render(report.Document!);
        var name = (document.Model.Draft ? TongbaoDocument.DraftMark + "-" : string.Empty) + document.Title;
        return format switch
        {
            "docx" => new(TongbaoDocx.Write(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            "html" => new(System.Text.Encoding.UTF8.GetBytes(TongbaoHtml.Write(document)), "text/html; charset=utf-8", name + ".html"),
            "xlsx" => new(TongbaoXlsx.Write(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            "csv" => TongbaoCsv.Write(document, table) is { } csv
                ? new(csv, "text/csv; charset=utf-8", $"{name}-{ReportTable.Find(document, table ?? TongbaoCsv.DefaultTable)!.Name}.csv")
                : null,
            _ => null,
        };
    }

    // A finished sampling is dated by its last inspection, so downloading it again gives the same document;
    // a draft is dated today.
    private static DateOnly IssuedOn(SamplingRecord sampling, TimeProvider clock) =>
        sampling.NextToInspect is null && sampling.Inspections.Length > 0
            ? BeijingTime.DateOf(sampling.Inspections.Max(i => i.InspectedAt))
            : BeijingTime.Today(clock);

    private static ReportAccount Account(Dictionary<string, InspectionRecord> inspections, SampledAccount a, IReadOnlyDictionary<string, string> units)
    {
        var inspection = inspections.GetValueOrDefault(a.AccountId);
        return new ReportAccount(a.AccountId, a.Name, a.Platform, RegionCode.Parse(a.RegionCode), RegionCode.Parse(a.SubRegion),
            units.GetValueOrDefault(a.UnitCode) ?? a.UnitCode, inspection?.Passed, inspection?.GoodExample ?? false,
            [.. (inspection?.Findings ?? []).Where(f => f.Confirmed).Select(f => new ReportProblem(f.Rule, f.Note))],
            inspection?.Website is { } w ? new ReportWebsiteScore(w.Score,
                [.. w.Deductions.Select(d => new ReportDeduction(d.Name, d.Times, d.Points, d.Confirmed))], w.MissingIdentifiers) : null);
    }

    // The 主办单位 names, from the regions' unit catalogs: one call per region, instead of waking each of ~30,000 unit
    // grains on every download.
    private static Task<Dictionary<string, string>> UnitNamesAsync(SamplingRecord sampling, IGrainFactory grains) =>
        Units.UnitLookup.NamesAsync(grains, sampling.ToInspect.Select(a => (a.UnitCode, a.RegionCode)));
}

/// <summary>A report download.</summary>
public sealed record ReportFile(byte[] Bytes, string ContentType, string FileName);
