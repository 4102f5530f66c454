using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Websites;

namespace Media.Domain.Sampling.Reports;

/// <summary>
/// The websites' section of a 通报 (SPEC §3.6): the website stratum's population and sample, the sampled sites'
/// own pass rate, their problems by type (vetoes first, then the sheet's deductions) naming site and 主办单位, and the
/// identifiers each site lacks. Re-checked sites are reported with the other re-checks, and named here when they have problems.
/// </summary>
internal static class TongbaoWebsitesBuilder
{
    public static TongbaoWebsites Build(ReportFacts facts, RegionCatalog regions)
    {
        var stratum = facts.Strata.FirstOrDefault(s => s.Platform == Platforms.Website);
        var sample = facts.Sample.Where(a => a.IsWebsite).ToList();
        var inspected = sample.Where(a => a.Passed is not null).ToList();
        var withProblems = facts.Sample.Concat(facts.Recheck).Where(a => a.IsWebsite && a.Passed is not null).DistinctBy(a => a.AccountId).ToList();
        var failed = inspected.Count(a => a.Passed == false);
        var gaps = withProblems.Where(a => a.Website is { MissingIdentifiers.Count: > 0 })
            .Select(a => new IdentifierGap(TongbaoBuilder.Named(regions, a), SiteIdentifiers.MissingText(a.Website!.MissingIdentifiers))).ToList();

        return new TongbaoWebsites(
            stratum?.Population ?? 0,
            stratum?.Sampled ?? sample.Count,
            inspected.Count,
            failed,
            PassRate.Of(inspected.Count, failed),
            Problems(withProblems, regions),
            gaps,
            [.. sample.Select((a, i) => Row(i + 1, a, regions))],
            inspected.Count(a => a.Website?.UsesUnconfirmed == true));
    }

    /// <summary>A deduction line as the 通报 writes it: 空白栏目扣10分（2处），and the mark when its points are unconfirmed.</summary>
    public static string Describe(ReportDeduction d) =>
        $"{d.Name}扣{d.Points * d.Times:0.##}分{(d.Times > 1 ? $"（{d.Times}处）" : string.Empty)}"
        + (d.Confirmed ? string.Empty : $"（{WebsiteInspection.UnconfirmedMark}）");

    // One group per confirmed rule (the missing identifiers join 网站标识不规范), then one per deduction item.
    private static List<ProblemGroup> Problems(List<ReportAccount> sites, RegionCatalog regions)
    {
        var byRule = sites.SelectMany(a => a.Problems.Select(p => (Site: a, p.Rule, Detail: p.Note)))
            .Concat(sites.Where(a => a.Website is { MissingIdentifiers.Count: > 0 } && a.Problems.All(p => p.Rule != WebsiteRules.Identifiers))
                .Select(a => (Site: a, Rule: WebsiteRules.Identifiers, Detail: (string?)null)))
            .GroupBy(x => x.Rule)
            .Select(g => new ProblemGroup(ProblemRules.DisplayName(g.Key), ProblemRules.IsVeto(g.Key),
                [.. g.Select(x => new ProblemItem(TongbaoBuilder.Named(regions, x.Site), Detail(x.Site, x.Rule, x.Detail)))]));
        var byItem = sites.SelectMany(a => (a.Website?.Deductions ?? []).Select(d => (Site: a, Line: d)))
            .GroupBy(x => x.Line.Name)
            .Select(g => new ProblemGroup(g.Key, false, [.. g.Select(x => new ProblemItem(TongbaoBuilder.Named(regions, x.Site), Describe(x.Line)))]));
        return [.. byRule.OrderByDescending(g => g.Veto).ThenBy(g => g.Type, StringComparer.Ordinal)
            .Concat(byItem.OrderBy(g => g.Type, StringComparer.Ordinal))];
    }

    private static string? Detail(ReportAccount site, string rule, string? note)
    {
        var missing = rule == WebsiteRules.Identifiers && site.Website is { } w ? SiteIdentifiers.MissingText(w.MissingIdentifiers) : string.Empty;
        return string.Join("，", new[] { missing, note ?? string.Empty }.Where(t => t.Length > 0)) is { Length: > 0 } text ? text : null;
    }

    private static WebsiteRow Row(int number, ReportAccount a, RegionCatalog regions) => new(
        number,
        TongbaoBuilder.NameOf(regions, a.SubRegion),
        a.UnitName,
        a.Name,
        a.Passed is null ? null : a.Website?.Score,
        a.Passed,
        a.Website?.UsesUnconfirmed ?? false,
        string.Join("；", a.Problems.Where(p => ProblemRules.IsVeto(p.Rule)).Select(TongbaoBuilder.Describe)),
        string.Join("；", (a.Website?.Deductions ?? []).Select(Describe)),
        SiteIdentifiers.MissingText(a.Website?.MissingIdentifiers ?? []));
}
