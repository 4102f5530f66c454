using Media.Abstractions.Sampling;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Sampling.Reports;
using Media.Domain.Time;

namespace Media.Application.Samplings;

/// <summary>A 通报 in the list: its sampling, whether it is still a draft, its pass rate, and a link per format.</summary>
public sealed record ReportEntry(string Id, string Quarter, string QuarterName, string RegionCode, string RegionName, bool Draft,
    int Inspected, int ToInspect, decimal? PassRate, IReadOnlyDictionary<string, string> Links);

/// <summary>
/// Every 通报 within the caller's reach (SPEC §5.1 <c>GET /api/reports</c>, page <c>/reports</c>): the samplings of
/// the caller's region and the regions under it, for one quarter or the last four. Samplings are keyed by quarter
/// and region, so they are looked up by key rather than searched; an admin without a region sees the provinces'.
/// When the list is of a province, it comes with the overview of its cities for the quarter asked for, or else
/// the newest quarter in which any of them has a sampling.
/// </summary>
public static class ReportList
{
    public const int RecentQuarters = 4;

    public static async Task<Outcome<ReportListing>> FindAsync(Caller caller, string? quarter, string? region, IGrainFactory grains,
        RegionCatalog regions, TimeProvider clock, Func<string, string, string> link)
    {
        if (caller.IsUnit)
        {
            return Refusal.Forbidden("通报由监管单位查看");
        }

        var errors = new Domain.Validation.FieldErrors();
        Quarter? one = null;
        if (quarter is not null)
        {
            if (Domain.Sampling.Quarter.TryParse(quarter, out var q))
            {
                one = q;
            }
            else
            {
                errors.Add("quarter", "季度格式应为 2026Q4");
            }
        }

        RegionCode? root = null;
        if (region is not null)
        {
            if (RegionCode.TryParse(region, out var r) && regions.IsKnown(r))
            {
                root = r;
            }
            else
            {
                errors.Add("region", "请填写区划表中有效的6位行政区划代码");
            }
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        root ??= caller.RegionCode is { } own ? RegionCode.Parse(own) : null;
        if (root is { } start && !caller.CoversRegion(start.Value))
        {
            return Refusal.Forbidden("只能查看本辖区的通报");
        }

        var current = Domain.Sampling.Quarter.Of(BeijingTime.Today(clock));
        var quarters = one is { } chosen ? [chosen] : Enumerable.Range(0, RecentQuarters).Select(i => Back(current, i)).ToList();
        var places = root is { } from ? Within(regions, from) : [.. regions.Provinces];
        var ids = quarters.SelectMany(q => places.Select(p => SamplingRecord.IdFor(q.ToString(), p.Value))).ToList();

        var found = new List<SamplingRecord>();
        foreach (var batch in ids.Chunk(256))
        {
            found.AddRange((await Task.WhenAll(batch.Select(id => grains.GetGrain<ISamplingGrain>(id).GetAsync()))).OfType<SamplingRecord>());
        }

        var overview = root is { Level: RegionLevel.Province } province
            ? Overview(province, one ?? Newest(found, regions, province) ?? current, found, regions)
            : null;
        return new ReportListing([.. found.Select(s => Entry(s, regions, link))], overview);
    }

    // Each city's own sampling (not its counties'), counted as its 通报 counts: sampled accounts only, re-checks apart.
    private static ReportOverview Overview(RegionCode province, Quarter quarter, List<SamplingRecord> found, RegionCatalog regions)
    {
        var ofQuarter = found.Where(s => s.Quarter == quarter.ToString()).ToDictionary(s => s.RegionCode, StringComparer.Ordinal);
        var results = regions.ChildrenOf(province).Select(city =>
        {
            var name = regions.NameOf(city) ?? city.Value;
            if (!ofQuarter.TryGetValue(city.Value, out var s))
            {
                return new RegionResult(city.Value, name, SamplingProgress.NotSampled, 0, 0);
            }

            var (inspected, failed) = Sampled(s);
            return new RegionResult(city.Value, name, s.NextToInspect is null ? SamplingProgress.Completed : SamplingProgress.Draft, inspected, failed);
        });
        return new ReportOverview(quarter.ToString(), quarter.ChineseName, province.Value, regions.FullNameOf(province), RegionRanking.Rank(results));
    }

    private static Quarter? Newest(List<SamplingRecord> found, RegionCatalog regions, RegionCode province)
    {
        var cities = regions.ChildrenOf(province).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return found.Where(s => cities.Contains(s.RegionCode)).Select(s => s.Quarter).Max(StringComparer.Ordinal) is { } newest
            && Domain.Sampling.Quarter.TryParse(newest, out var q) ? q : null;
    }

    // The sampled accounts inspected and failed: what a 通报's rate is computed on (websites have their own).
    private static (int Inspected, int Failed) Sampled(SamplingRecord s)
    {
        var inspections = s.InspectionsByAccount();
        var sampled = s.Accounts.Where(a => a.Platform != Domain.Accounts.Platforms.Website)
            .Select(a => inspections.GetValueOrDefault(a.AccountId)).OfType<InspectionRecord>().ToList();
        return (sampled.Count, sampled.Count(i => !i.Passed));
    }

    private static ReportEntry Entry(SamplingRecord s, RegionCatalog regions, Func<string, string, string> link)
    {
        var toInspect = s.ToInspect.Select(a => a.AccountId).Distinct().Count();
        var (inspected, failed) = Sampled(s);
        return new ReportEntry(s.Id, s.Quarter, Domain.Sampling.Quarter.TryParse(s.Quarter, out var q) ? q.ChineseName : s.Quarter, s.RegionCode,
            regions.FullNameOf(RegionCode.Parse(s.RegionCode)), s.NextToInspect is not null, s.Inspections.Length, toInspect,
            PassRate.Of(inspected, failed),
            SamplingReports.Formats.ToDictionary(f => f, f => link(s.Id, f)));
    }

    private static Quarter Back(Quarter q, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            q = q.Previous;
        }

        return q;
    }

    // The region, its children and theirs: a province's cities and counties, a city's counties.
    private static List<RegionCode> Within(RegionCatalog regions, RegionCode root)
    {
        var all = new List<RegionCode> { root };
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(regions.ChildrenOf(all[i]));
        }

        return all;
    }
}
