namespace Media.Domain.Websites;

/// <summary>
/// One rule's answer at a check time: its evidence when it holds, whether it could not be judged, and the earliest later
/// instant at which that answer (holds, does not hold, not observed) can change with time alone.
/// </summary>
internal readonly record struct RuleVerdict(string? Evidence, bool NotObserved, DateTimeOffset? NextChangeAt)
{
    public static RuleVerdict Unobserved { get; } = new(null, true, null);

    public static RuleVerdict Holds(string evidence, DateTimeOffset? nextChangeAt = null) => new(evidence, false, nextChangeAt);

    public static RuleVerdict Clear(DateTimeOffset? nextChangeAt) => new(null, false, nextChangeAt);
}
