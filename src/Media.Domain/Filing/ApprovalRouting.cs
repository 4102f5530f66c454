using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Filing;

/// <summary>
/// Who approves a new account (SPEC §3.1–3.2, 粤办函〔2019〕90号): province-level units and city
/// governments go to the province general office; city departments and everything below a city
/// government go to that city's general office.
/// </summary>
public static class ApprovalRouting
{
    /// <summary>The region code of the general office whose approval a new account needs.</summary>
    public static RegionCode RequiredAuthority(UnitLevel level, UnitKind kind, RegionCode unitRegion) => (level, kind) switch
    {
        (UnitLevel.Province, _) => unitRegion.Province,
        (UnitLevel.City, UnitKind.Government) => unitRegion.Province,
        (UnitLevel.City, UnitKind.Department) => unitRegion.City,
        (UnitLevel.County, _) => unitRegion.City,

        // Townships may only open accounts by exception; the city office is the nearest approver.
        (UnitLevel.Township, _) => unitRegion.City,
        _ => throw new ArgumentOutOfRangeException(nameof(level), $"Unsupported unit {level}/{kind}."),
    };

    /// <summary>
    /// Whether an approval by <paramref name="authority"/> is from the right office. Besides the office above, a county
    /// department's or township's account may be approved by its own county government office, which supervises its
    /// area (SPEC §3.2: 各县负责主管本地区政务新媒体工作).
    /// </summary>
    public static bool IsAcceptedAuthority(UnitLevel level, UnitKind kind, RegionCode unitRegion, RegionCode authority)
    {
        if (authority == RequiredAuthority(level, kind, unitRegion))
        {
            return true;
        }

        var countyOffice = level == UnitLevel.Township || (level == UnitLevel.County && kind == UnitKind.Department);
        return countyOffice && unitRegion.Level == RegionLevel.County && authority == unitRegion;
    }

    /// <summary>
    /// False for county-level departments and every township unit: in principle they do not open
    /// their own accounts (县级政府部门及乡镇（街道）原则上不开设).
    /// </summary>
    public static bool IsLevelPermitted(UnitLevel level, UnitKind kind) =>
        !(level == UnitLevel.Township || (level == UnitLevel.County && kind == UnitKind.Department));
}
