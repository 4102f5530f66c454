using Media.Abstractions.Sampling;
using Media.Domain.Regions;
using Media.Domain.Time;

namespace Media.Application.Samplings;

/// <summary>
/// A supervisor's task for this quarter: whether its region's sampling is still to be done, and how many of last
/// quarter's failures it will re-check.
/// </summary>
public sealed record SamplingDue(string Quarter, string QuarterName, string RegionCode, string RegionName, bool Due, string? SamplingId,
    int Recheck)
{
    /// <summary>The task of <paramref name="region"/> (a supervisor's own region when not given).</summary>
    public static async Task<Outcome<SamplingDue>> FindAsync(Caller caller, string? region, IGrainFactory grains, RegionCatalog regions,
        TimeProvider clock)
    {
        var code = region ?? (caller.IsSupervisor ? caller.Scope : null);
        if (caller.IsUnit)
        {
            return Refusal.Forbidden("抽查由监管单位开展");
        }

        if (!Domain.Regions.RegionCode.TryParse(code, out var scope) || !regions.IsKnown(scope))
        {
            return Refusal.Invalid("region", "请填写区划表中有效的6位行政区划代码");
        }

        if (!caller.CoversRegion(scope.Value))
        {
            return RegionFanOut.OutsideJurisdiction;
        }

        var quarter = Domain.Sampling.Quarter.Of(BeijingTime.Today(clock));
        var current = await grains.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(quarter.ToString(), scope.Value)).GetAsync();
        var previous = await grains.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(quarter.Previous.ToString(), scope.Value)).GetAsync();
        return new SamplingDue(quarter.ToString(), quarter.ChineseName, scope.Value, regions.FullNameOf(scope), current is null, current?.Id,
            previous?.Failures.Count() ?? 0);
    }
}
