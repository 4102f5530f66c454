using Media.Domain.Monitoring;
using Media.Domain.Websites;

namespace Media.Domain.Sampling;

/// <summary>
/// The rules an inspection may name, accounts' and websites' alike: one place for a problem's Chinese name and kind,
/// so the inspection, the 通报 and the pages agree whichever rails the inspected record runs on.
/// </summary>
public static class ProblemRules
{
    public static string DisplayName(string rule) => rule == InspectionRules.Other
        ? "其他问题"
        : WebsiteRules.IsKnown(rule) ? WebsiteRules.DisplayName(rule) : MonitoringRules.DisplayName(rule);

    public static RuleKind KindOf(string rule) => WebsiteRules.IsKnown(rule) ? WebsiteRules.KindOf(rule) : MonitoringRules.KindOf(rule);

    /// <summary>A single veto (单项否决): confirmed, it fails the inspection outright.</summary>
    public static bool IsVeto(string rule) => rule != InspectionRules.Other && KindOf(rule) == RuleKind.Veto;

    /// <summary>The rules an inspector may name for a record of this platform (besides <see cref="InspectionRules.Other"/>).</summary>
    public static IReadOnlyList<string> For(string? platform) =>
        platform == Accounts.Platforms.Website ? WebsiteRules.All : MonitoringRules.All;
}
