using Media.Domain.Regions;

namespace Media.Domain.Units;

/// <summary>
/// Consistency of a unit's level, region and credit code at registration. A unit in the wrong region lands in
/// another office's jurisdiction, where its own supervisor can no longer reach it, so these are refused outright.
/// </summary>
public static class UnitRegionRules
{
    /// <summary>Why the region code does not fit the unit's level, or null.</summary>
    /// <param name="level">The unit's level.</param>
    /// <param name="region">The unit's region (for a township, its county).</param>
    public static string? CheckLevel(UnitLevel level, RegionCode region)
    {
        // A township is registered under its county's code: GB/T 2260 stops at counties.
        var expected = level switch
        {
            UnitLevel.Province => RegionLevel.Province,
            UnitLevel.City => RegionLevel.City,
            _ => RegionLevel.County,
        };
        if (region.Level == expected)
        {
            return null;
        }

        var shape = expected switch
        {
            RegionLevel.Province => "省级代码（形如 440000）",
            RegionLevel.City => "地级市代码（形如 440100）",
            _ => "县级代码（形如 440104）",
        };
        return $"{UnitLevels.DisplayName(level)}单位的行政区划代码须为{shape}，而 {region} 不是";
    }

    /// <summary>Why the credit code's registering region (positions 3–8) is not the unit's region, or null.</summary>
    /// <param name="creditCode">A valid unified social credit code.</param>
    /// <param name="region">The unit's region.</param>
    public static string? CheckCreditCode(string creditCode, RegionCode region)
    {
        var registered = UnifiedSocialCreditCode.RegionPart(creditCode);

        // Compared by city: a county organ may hold a code issued by its city's registry, but a Shenzhen code never
        // belongs to a Guangzhou unit. A province unit's code carries the province itself.
        var sameCity = RegionCode.TryParse(registered, out var code) && code.City == region.City;
        return sameCity
            ? null
            : $"行政区划代码 {region} 与统一社会信用代码中的登记管理机关行政区划码 {registered} 不属于同一地区";
    }
}
