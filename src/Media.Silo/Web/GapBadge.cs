using Media.Domain.Monitoring;

namespace Media.Silo.Web;

/// <summary>
/// The badge every page that shows an account's activity puts beside an account Media cannot judge (SPEC §3.3), so a
/// never-read account never passes for a silent one: 尚未采集 (never observed) or 采集中断 (the latest probe failed).
/// </summary>
public static class GapBadge
{
    public static string Text(string cause) => cause == GapCauses.NotObserved ? "尚未采集" : "采集中断";
}
