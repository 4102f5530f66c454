using System.Globalization;
using Media.Domain.Sampling.Reports;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// The template variables of a 通报: plain dictionaries and lists with snake_case names, numbers already written
/// the way a document shows them (83.3%, 2026年12月3日), so a template never formats anything itself.
/// </summary>
public static class TongbaoValues
{
    public static Dictionary<string, object> Of(Tongbao t) => new()
    {
        ["draft"] = t.Draft,
        ["uninspected"] = t.Uninspected,
        ["quarter"] = t.QuarterName,
        ["level"] = t.JurisdictionLevel,
        ["region"] = t.RegionOwnName,
        ["region_full"] = t.RegionName,
        ["sub_kinds"] = string.Join("、", t.SubRegionKinds),
        ["ratio"] = Percent(t.Ratio, "0.#"),
        ["population"] = t.Population,
        ["sample_size"] = t.SampleSize,
        ["checked"] = t.Checked,
        ["passed"] = t.Checked - t.Failed,
        ["failed"] = t.Failed,
        ["pass_rate"] = ReportCells.Percent(t.PassRate),
        ["has_previous"] = t.PreviousPassRate is not null,
        ["previous_quarter"] = t.PreviousQuarterName ?? string.Empty,
        ["previous_rate"] = ReportCells.Percent(t.PreviousPassRate),
        ["delta_text"] = t.DeltaPoints switch
        {
            null => string.Empty,
            0 => "持平",
            > 0 and var d => $"上升{Points(d)}个百分点",
            var d => $"下降{Points(-d.Value)}个百分点",
        },
        ["by_level"] = Groups(t.ByLevel),
        ["by_sub_region"] = Groups(t.BySubRegion),
        ["by_platform"] = Groups(t.ByPlatform),
        ["perfect_sub_regions"] = string.Join("、", t.PerfectSubRegions),
        ["perfect_sub_region_count"] = t.PerfectSubRegions.Count,
        ["perfect_units"] = string.Join("、", t.PerfectUnits),
        ["perfect_unit_count"] = t.PerfectUnits.Count,
        ["good_examples"] = t.GoodExamples.Select(Named).ToList(),
        ["problem_groups"] = ProblemGroups(t.Problems),
        ["has_websites"] = ReportTable.HasWebsites(t),
        ["websites"] = new Dictionary<string, object>
        {
            ["population"] = t.Websites.Population,
            ["sample_size"] = t.Websites.SampleSize,
            ["checked"] = t.Websites.Checked,
            ["passed"] = t.Websites.Checked - t.Websites.Failed,
            ["failed"] = t.Websites.Failed,
            ["pass_rate"] = ReportCells.Percent(t.Websites.PassRate),
            ["problem_groups"] = ProblemGroups(t.Websites.Problems),
            ["missing_identifiers"] = t.Websites.MissingIdentifiers
                .Select(g => new Dictionary<string, object>(Named(g.Site)) { ["missing"] = g.Missing }).ToList(),
            ["unconfirmed_count"] = t.Websites.UnconfirmedScores,
            ["unconfirmed_mark"] = Domain.Sampling.WebsiteInspection.UnconfirmedMark,
        },
        ["recheck"] = new Dictionary<string, object>
        {
            ["total"] = t.Recheck.Total,
            ["rectified"] = t.Recheck.Rectified,
            ["still_failing"] = t.Recheck.StillFailing,
            ["pending"] = t.Recheck.Pending,
            ["repeat_offenders"] = t.Recheck.RepeatOffenders.Select(Named).ToList(),
        },
        ["issued_on"] = ChineseDate(t.IssuedOn),
        ["deadline"] = ChineseDate(t.Deadline),
        ["annex_count"] = t.Annex.Count,
        ["seed"] = t.Appendix.Seed,
        ["seed_derived"] = t.Appendix.SeedDerived,
    };

    /// <summary>e.g. 2026年12月3日, as a 公文 writes its dates.</summary>
    public static string ChineseDate(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, object>> ProblemGroups(IEnumerable<ProblemGroup> groups) => [.. groups.Select(g => new Dictionary<string, object>
    {
        ["type"] = g.Type,
        ["veto"] = g.Veto,
        ["items"] = g.Items.Select(i => new Dictionary<string, object>(Named(i.Account)) { ["detail"] = i.Detail ?? string.Empty }).ToList(),
    })];

    private static List<Dictionary<string, object>> Groups(IEnumerable<TongbaoGroup> groups) => [.. groups.Select(g => new Dictionary<string, object>
    {
        ["name"] = g.Name,
        ["checked"] = g.Checked,
        ["failed"] = g.Failed,
        ["rate"] = ReportCells.Percent(g.Rate),
        ["rate_shown"] = g.Rate is not null,
    })];

    private static Dictionary<string, object> Named(NamedAccount a) => new()
    {
        ["region"] = a.Region,
        ["unit"] = a.Unit,
        ["account"] = a.Account,
        ["platform"] = a.Platform,
    };

    private static string Percent(decimal share, string format) => (share * 100).ToString(format, CultureInfo.InvariantCulture) + "%";

    private static string Points(decimal d) => d.ToString("0.0", CultureInfo.InvariantCulture);
}
