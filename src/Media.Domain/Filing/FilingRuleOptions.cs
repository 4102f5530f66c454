namespace Media.Domain.Filing;

/// <summary>Thresholds of the filing rules, bound from configuration.</summary>
public sealed class FilingRuleOptions
{
    /// <summary>Calendar days after the effective date within which a filing is on time (开设/生效后3日内备案).</summary>
    public int FilingDeadlineDays { get; set; } = 3;
}
