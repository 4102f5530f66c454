using Media.Domain.Filing;
using Media.Domain.Websites;

namespace Media.Domain.Monitoring;

/// <summary>Every rule id Media knows: the monitoring rules (SPEC §3.3), the website rules (§3.6) and the filing rules (§3.1), for filters by rule.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<string> All { get; } = [.. MonitoringRules.All, .. WebsiteRules.All, .. RuleIds.All];

    public static bool IsKnown(string? id) => id is not null && All.Contains(id);

    /// <summary>The field message for a rule id that is none of <see cref="All"/>.</summary>
    public static string Unknown { get; } = "未知的规则：" + string.Join("、", All);
}
