using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Alerts;

/// <summary>
/// Which general office is mailed about an account (SPEC §3.2). The office that supervises an account is
/// the office that approves it: province departments and city governments → the province office; city
/// departments and county governments (and the units below them) → the city office. An escalation goes
/// one level up from there.
/// </summary>
public static class AlertRouting
{
    /// <summary>The region code of the supervising general office.</summary>
    public static RegionCode SupervisingOffice(UnitLevel level, UnitKind kind, RegionCode unitRegion) =>
        ApprovalRouting.RequiredAuthority(level, kind, unitRegion);

    /// <summary>
    /// Where an overdue rectification notice is escalated: the province office above a city office. A
    /// province office has nobody above it inside Media, so it stays with the province office.
    /// </summary>
    public static RegionCode EscalationOffice(RegionCode supervisingOffice) => supervisingOffice.Province;
}
