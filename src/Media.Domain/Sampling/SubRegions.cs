using Media.Domain.Regions;

namespace Media.Domain.Sampling;

/// <summary>The sub-region of a jurisdiction an account counts under: cities of a province, districts and counties of a city.</summary>
public static class SubRegions
{
    public static RegionCode Of(RegionCode jurisdiction, RegionCode account) => jurisdiction.Level switch
    {
        RegionLevel.Province => account.City,
        _ => account,
    };
}
