namespace Media.Domain.Filing;

/// <summary>Thresholds of the filing rules, bound from configuration.</summary>
public sealed class FilingRuleOptions
{
    /// <summary>Calendar days after the effective date within which a filing is on time (开设/生效后3日内备案).</summary>
    public int FilingDeadlineDays { get; set; } = 3;

    /// <summary>
    /// The Beijing date the filing rules took effect for this deployment; accounts opened before it are legacy and were
    /// never bound by the 3-day deadline or the approval step (SPEC §3.3). Null: every account is judged.
    /// </summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Whether an account opened on <paramref name="openedOn"/> predates the rules.</summary>
    public bool IsLegacy(DateOnly openedOn) => EffectiveFrom is { } from && openedOn < from;
}
