using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Alerts;

/// <summary>
/// Which general office is mailed about an account (SPEC §3.2). Province departments and city governments →
/// the province office; city departments and county governments → the city office; county departments and
/// townships → their county's office, which supervises its own area (各县负责主管本地区政务新媒体工作); the offices
/// above still see them in their lists. An escalation goes one level up from there.
/// </summary>
public static class AlertRouting
{
    /// <summary>The region code of the supervising general office.</summary>
    public static RegionCode SupervisingOffice(UnitLevel level, UnitKind kind, RegionCode unitRegion) => (level, kind) switch
    {
        (UnitLevel.County, UnitKind.Department) or (UnitLevel.Township, _) when unitRegion.Level == RegionLevel.County => unitRegion,
        _ => ApprovalRouting.RequiredAuthority(level, kind, unitRegion),
    };

    /// <summary>
    /// Where an overdue rectification notice is escalated: the city office above a county office, the province
    /// office above a city office. A province office has nobody above it inside Media, so it stays with it.
    /// </summary>
    public static RegionCode EscalationOffice(RegionCode supervisingOffice) =>
        supervisingOffice.Level == RegionLevel.County ? supervisingOffice.City : supervisingOffice.Province;

    /// <summary>
    /// The office told about an alert on an account of <paramref name="region"/>: its unit's supervising office,
    /// or the region's city office when the unit's level or kind is unknown (an alert must still reach someone);
    /// for an escalation, the office one level up from there.
    /// </summary>
    public static RegionCode OfficeFor(RegionCode region, UnitLevel? level, UnitKind? kind, bool escalation)
    {
        var office = level is { } l && kind is { } k ? SupervisingOffice(l, k, region) : region.City;
        return escalation ? EscalationOffice(office) : office;
    }

    /// <summary>The same, with the unit's level and kind as stored (ids of <see cref="UnitLevels"/>; unknown ids count as unknown).</summary>
    public static RegionCode OfficeFor(RegionCode region, string? level, string? kind, bool escalation) =>
        OfficeFor(region, UnitLevels.TryParse(level, out UnitLevel l) ? l : null, UnitLevels.TryParse(kind, out UnitKind k) ? k : null, escalation);
}
