using Media.Abstractions.Sampling;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Sampling.Reports;
using Rates = Media.Domain.Sampling.PassRate;

namespace Media.Application.Samplings;

/// <summary>
/// The 通报 of a sampling (SPEC §3.4): checked, failed and pass rate = (checked − failed) / checked, overall,
/// by sub-region and by platform; the previous quarter's rate and the change in percentage points (环比);
/// the failing accounts with their problems and rectification deadline; the re-check results.
/// Only sampled accounts count towards the rates and the population (政务新媒体); re-checks are reported on their own, and
/// websites in <see cref="Websites"/> with their own rate (the platform table lists them as 政府网站 beside the platforms).
/// </summary>
public sealed record SamplingReport(
    string Id,
    string Quarter,
    string QuarterName,
    string RegionCode,
    string RegionName,
    string Seed,
    bool SeedDerived,
    int Population,
    int SampleSize,
    int Checked,
    int Failed,
    decimal? PassRate,
    IReadOnlyList<ReportGroup> ByRegion,
    IReadOnlyList<ReportGroup> ByPlatform,
    IReadOnlyList<ReportFailure> Failures,
    PreviousQuarter? Previous,
    IReadOnlyList<RecheckResult> Recheck)
{
    /// <summary>The document's parts (SPEC §3.7), from which every file format is written.</summary>
    public Tongbao? Document { get; init; }

    /// <summary>The websites' section: population, sample, their own pass rate, problems, missing identifiers and scores.</summary>
    public TongbaoWebsites? Websites => Document?.Websites;

    /// <summary>True while an account of the sample or the re-check list is not inspected.</summary>
    public bool Draft => Document?.Draft ?? false;

    /// <summary>草稿 on a draft, so JSON carries the mark as every other format does; null when final.</summary>
    public string? Mark => Draft ? Reports.TongbaoDocument.DraftMark : null;

    public static SamplingReport Build(SamplingRecord sampling, SamplingRecord? previous, RegionCatalog regions)
    {
        var inspections = sampling.InspectionsByAccount();
        var all = sampling.Accounts
            .Select(a => (Account: a, Inspection: inspections.GetValueOrDefault(a.AccountId)))
            .Where(x => x.Inspection is not null)
            .Select(x => (x.Account, Inspection: x.Inspection!))
            .ToList();
        var inspected = all.Where(x => x.Account.Platform != Platforms.Website).ToList();
        var failed = inspected.Where(x => !x.Inspection.Passed).ToList();
        var websites = sampling.Strata.FirstOrDefault(s => s.Platform == Platforms.Website);
        var quarter = Domain.Sampling.Quarter.TryParse(sampling.Quarter, out var q) ? q : default;
        var region = Domain.Regions.RegionCode.Parse(sampling.RegionCode);

        var byRegion = Rates.ByKey(inspected.Select(x => (x.Account.SubRegion, x.Inspection.Passed)))
            .Select(t => Group(t, NameOf(regions, t.Key))).ToList();
        var byPlatform = Rates.ByKey(all.Select(x => (x.Account.Platform, x.Inspection.Passed)))
            .Select(t => Group(t.Checked < TongbaoBuilder.MinAccountsForRate ? t with { Rate = null } : t, Platforms.DisplayName(t.Key))).ToList();
        var failures = failed.Select(x => Failure(x.Account, x.Inspection, regions)).ToList();
        var rate = Rates.Of(inspected.Count, failed.Count);

        PreviousQuarter? last = null;
        if (previous is not null)
        {
            var previousReport = Build(previous, null, regions);
            last = new PreviousQuarter(previous.Quarter, previousReport.PassRate, Rates.ChangeInPoints(rate, previousReport.PassRate));
        }

        var recheck = sampling.Recheck.Select(a => new RecheckResult(a.AccountId, a.Name, Platforms.DisplayName(a.Platform),
            NameOf(regions, a.SubRegion), inspections.GetValueOrDefault(a.AccountId) switch
            {
                null => "pending",
                { Passed: true } => "passed",
                _ => "failed",
            })).ToList();

        return new SamplingReport(sampling.Id, sampling.Quarter, quarter == default ? sampling.Quarter : quarter.ChineseName,
            sampling.RegionCode, regions.FullNameOf(region), sampling.Seed, sampling.SeedDerived, sampling.Population - (websites?.Population ?? 0),
            sampling.SampleSize - (websites?.Sampled ?? 0), inspected.Count, failed.Count, rate, byRegion, byPlatform, failures, last, recheck);
    }

    private static ReportGroup Group(PassTally tally, string name) => new(tally.Key, name, tally.Checked, tally.Failed, tally.Rate);

    private static ReportFailure Failure(SampledAccount account, InspectionRecord inspection, RegionCatalog regions) => new(
        account.AccountId, account.Name, Platforms.DisplayName(account.Platform), NameOf(regions, account.SubRegion), account.UnitCode,
        [.. inspection.Findings.Where(f => f.Confirmed).Select(f => f.Note is { Length: > 0 } note
            ? $"{ProblemRules.DisplayName(f.Rule)}：{note}" : ProblemRules.DisplayName(f.Rule))],
        RectificationDeadline.DefaultFrom(inspection.InspectedAt));

    private static string NameOf(RegionCatalog regions, string code) =>
        Domain.Regions.RegionCode.TryParse(code, out var region) ? regions.NameOf(region) ?? code : code;
}

/// <summary>Checked, failed and pass rate of a sub-region or a platform (a platform's rate is null under 5 accounts checked).</summary>
public sealed record ReportGroup(string Key, string Name, int Checked, int Failed, decimal? PassRate);

/// <summary>A failing account, its problems and by when it must be rectified.</summary>
public sealed record ReportFailure(string AccountId, string Name, string Platform, string Region, string UnitCode,
    IReadOnlyList<string> Problems, DateOnly Deadline);

/// <summary>The previous quarter's pass rate and the change in percentage points (环比).</summary>
public sealed record PreviousQuarter(string Quarter, decimal? PassRate, decimal? DeltaPoints);

/// <summary>A previous failure checked again: pending, passed or failed.</summary>
public sealed record RecheckResult(string AccountId, string Name, string Platform, string Region, string Result);
