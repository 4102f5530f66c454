using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Domain.Regions;

namespace Media.Domain.Sampling.Reports;

/// <summary>
/// Builds a <see cref="Tongbao"/> from the facts. Rates count sampled accounts only (re-checks are reported on their
/// own, websites in their own section); a sampling with any account or website not inspected is a draft.
/// </summary>
public static class TongbaoBuilder
{
    /// <summary>A platform's rate on fewer accounts than this says more about chance than about the platform (SPEC §3.7).</summary>
    public const int MinAccountsForRate = 5;

    /// <summary>A unit is commended only when at least this many of its accounts were checked: one passing account is luck, not a unit's record.</summary>
    public const int MinAccountsForUnitCommendation = 2;

    public static Tongbao Build(ReportFacts facts, RegionCatalog regions)
    {
        var quarter = Quarter.TryParse(facts.Quarter, out var q) ? q : (Quarter?)null;
        var inspected = facts.Sample.Where(a => a.Passed is not null && !a.IsWebsite).ToList();
        var failing = facts.Sample.Concat(facts.Recheck).Where(a => a.Passed == false && !a.IsWebsite).DistinctBy(a => a.AccountId).ToList();
        var uninspected = facts.Sample.Concat(facts.Recheck).DistinctBy(a => a.AccountId).Count(a => a.Passed is null);
        var failed = inspected.Count(a => a.Passed == false);
        var websites = TongbaoWebsitesBuilder.Build(facts, regions);
        var rate = PassRate.Of(inspected.Count, failed);

        // The jurisdiction's own departments count under its own code; they are named by their level (市直部门), not as a sub-region.
        var bySubRegion = Groups(inspected, a => a.SubRegion.Value,
            a => a.SubRegion == facts.Jurisdiction ? LevelOf(facts.Jurisdiction, a.Region).Name : NameOf(regions, a.SubRegion), hideSmall: false);
        var perfectUnits = inspected.GroupBy(a => a.UnitName)
            .Where(g => g.Count() >= MinAccountsForUnitCommendation && g.All(a => a.Passed == true))
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();

        return new Tongbao(
            Draft: uninspected > 0,
            Uninspected: uninspected,
            Quarter: facts.Quarter,
            QuarterName: quarter?.ChineseName ?? facts.Quarter,
            RegionName: regions.FullNameOf(facts.Jurisdiction),
            RegionOwnName: NameOf(regions, facts.Jurisdiction),
            JurisdictionLevel: facts.Jurisdiction.Level.ToString().ToLowerInvariant(),
            SubRegionKinds: SubRegionKinds(regions, facts.Jurisdiction),
            Ratio: facts.Ratio,
            Population: facts.Population - websites.Population,
            SampleSize: facts.SampleSize - websites.SampleSize,
            Checked: inspected.Count,
            Failed: failed,
            PassRate: rate,
            PreviousQuarterName: facts.PreviousPassRate is null ? null : quarter?.Previous.ChineseName,
            PreviousPassRate: facts.PreviousPassRate,
            DeltaPoints: PassRate.ChangeInPoints(rate, facts.PreviousPassRate),
            ByLevel: Groups(inspected, a => LevelOf(facts.Jurisdiction, a.Region).Key, a => LevelOf(facts.Jurisdiction, a.Region).Name, hideSmall: false),
            BySubRegion: bySubRegion,
            ByPlatform: Groups([.. facts.Sample.Where(a => a.Passed is not null)], a => a.Platform, a => Platforms.DisplayName(a.Platform), hideSmall: true),
            PerfectSubRegions: [.. bySubRegion.Where(g => g.Checked > 0 && g.Failed == 0 && g.Key != facts.Jurisdiction.Value).Select(g => g.Name)],
            PerfectUnits: perfectUnits,
            GoodExamples: [.. inspected.Where(a => a.GoodExample && a.Passed == true).Select(a => Named(regions, a))],
            Problems: ProblemGroups(failing, regions),
            Recheck: RecheckOf(facts.Recheck, regions),
            IssuedOn: facts.IssuedOn,
            Deadline: facts.IssuedOn.AddDays(RectificationDeadline.DefaultDays),
            Annex: [.. failing.Select((a, i) => new AnnexRow(i + 1, NameOf(regions, a.SubRegion), a.UnitName, a.Name,
                Platforms.DisplayName(a.Platform), string.Join("；", a.Problems.Select(Describe)), a.Problems.Any(IsVeto)))],
            Appendix: new SamplingNote(facts.Seed, facts.SeedDerived, facts.Ratio,
                [.. facts.Strata.Select(s => new StratumNote(Platforms.DisplayName(s.Platform), s.Population, s.Sampled))]),
            Websites: websites);
    }

    /// <summary>The level an account's 主办单位 sits at, as a 通报 groups them: the jurisdiction's own departments, then the levels below.</summary>
    public static (string Key, string Name) LevelOf(RegionCode jurisdiction, RegionCode account) => (jurisdiction.Level, account.Level) switch
    {
        (RegionLevel.Province, RegionLevel.Province) => ("province", "省直部门"),
        (RegionLevel.Province, RegionLevel.City) => ("city", "地级以上市"),
        (RegionLevel.Province, _) => ("county", "县区"),
        (RegionLevel.City, RegionLevel.City) => ("city", "市直部门"),
        (RegionLevel.City, _) => ("county", "县区"),
        _ => ("county", "县直部门"),
    };

    /// <summary>What a problem says in a sentence: the rule's name, or for a problem no rule names, the inspector's note alone.</summary>
    public static string Describe(ReportProblem p) => p.Rule == InspectionRules.Other
        ? p.Note ?? "其他问题"
        : p.Note is { Length: > 0 } note ? $"{ProblemRules.DisplayName(p.Rule)}（{note}）" : ProblemRules.DisplayName(p.Rule);

    private static bool IsVeto(ReportProblem p) => ProblemRules.IsVeto(p.Rule);

    private static List<TongbaoGroup> Groups(List<ReportAccount> inspected, Func<ReportAccount, string> key, Func<ReportAccount, string> name, bool hideSmall) =>
        [.. inspected.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var tally = PassRate.Tally(g.Key, g.Count(), g.Count(a => a.Passed == false));
            return new TongbaoGroup(g.Key, name(g.First()), tally.Checked, tally.Failed,
                hideSmall && tally.Checked < MinAccountsForRate ? null : tally.Rate);
        })];

    // 单项否决 first, then 扣分; "other" problems are grouped under their own heading, described by their notes.
    private static List<ProblemGroup> ProblemGroups(List<ReportAccount> failing, RegionCatalog regions) =>
        [.. failing.SelectMany(a => a.Problems.Select(p => (Account: a, Problem: p)))
            .GroupBy(x => x.Problem.Rule)
            .Select(g => new ProblemGroup(
                ProblemRules.DisplayName(g.Key),
                IsVeto(g.First().Problem),
                [.. g.Select(x => new ProblemItem(Named(regions, x.Account), x.Problem.Note ?? (g.Key == InspectionRules.Other ? "其他问题" : null)))]))
            .OrderByDescending(g => g.Veto).ThenBy(g => g.Type, StringComparer.Ordinal)];

    // A re-checked account failed last quarter: failing again makes it a repeat offender, named in the 通报.
    private static RecheckVerdict RecheckOf(IReadOnlyList<ReportAccount> recheck, RegionCatalog regions) => new(
        recheck.Count,
        recheck.Count(a => a.Passed == true),
        recheck.Count(a => a.Passed == false),
        recheck.Count(a => a.Passed is null),
        [.. recheck.Where(a => a.Passed == false).Select(a => Named(regions, a))],
        [.. recheck.Select(a => new RecheckItem(Named(regions, a), a.Passed))]);

    internal static NamedAccount Named(RegionCatalog regions, ReportAccount a) =>
        new(NameOf(regions, a.SubRegion), a.UnitName, a.Name, Platforms.DisplayName(a.Platform));

    // The kinds of sub-region under a jurisdiction (区, 县, 市…), from their names: a city of districts only is
    // addressed 各区人民政府, one with counties too 各区、县人民政府.
    private static List<string> SubRegionKinds(RegionCatalog regions, RegionCode jurisdiction) =>
        [.. regions.ChildrenOf(jurisdiction).Select(c => regions.NameOf(c)).OfType<string>()
            .Where(n => n.Length > 1 && n is not ("市辖区" or "县"))
            .Select(n => n[^1..]).Distinct()];

    internal static string NameOf(RegionCatalog regions, RegionCode code) => regions.NameOf(code) ?? code.Value;
}
