namespace Media.Domain.Filing;

/// <summary>When an opening had to be filed, and whether it was filed later.</summary>
/// <param name="CountsFrom">The Beijing date the deadline counts from (the opening, or the discovery).</param>
/// <param name="Deadline">The last Beijing date on which the filing was on time.</param>
/// <param name="Late">Whether the filing came after the deadline (never for a legacy account that nobody discovered).</param>
/// <param name="FromDiscovery">Whether the deadline counts from a supervisor's discovery of the unfiled account.</param>
public sealed record FilingTimeliness(DateOnly CountsFrom, DateOnly Deadline, bool Late, bool FromDiscovery);
