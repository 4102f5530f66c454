using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Alerts;
using Media.Domain.Regions;

namespace Media.Application.Violations;

/// <summary>The office that supervises an account (SPEC §3.2), found as the alert routing finds it.</summary>
public static class SupervisingOffice
{
    /// <summary>The supervising office of a filed account; null for an account never filed (it has no unit).</summary>
    public static async Task<RegionCode?> OfAccountAsync(string accountId, IGrainFactory grains)
    {
        if (await grains.Ref<IAccountGrain>(accountId).GetAsync() is not { } account
            || !RegionCode.TryParse(account.RegionCode, out var region))
        {
            return null;
        }

        var unit = await grains.Ref<IUnitGrain>(account.UnitCode).GetAsync();
        var unitRegion = unit is not null && RegionCode.TryParse(unit.RegionCode, out var own) ? own : region;
        return AlertRouting.OfficeFor(unitRegion, unit?.Level, unit?.Kind, escalation: false);
    }
}
