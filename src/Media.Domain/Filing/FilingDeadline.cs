using Media.Domain.Time;

namespace Media.Domain.Filing;

/// <summary>
/// "Within N days" counts calendar days in Beijing time: opened on D, a filing on D+N up to 23:59:59
/// is on time, one at D+N+1 00:00 is late.
/// </summary>
public static class FilingDeadline
{
    /// <summary>The last Beijing calendar date on which filing is on time.</summary>
    public static DateOnly DeadlineFor(DateOnly effectiveOn, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return effectiveOn.AddDays(days);
    }

    /// <summary>
    /// The date an opening's deadline counts from: the opening date, or the discovery date for an account a supervisor found
    /// unfiled (SPEC §3.3: lateness counts from the discovery date), never earlier than the opening itself.
    /// </summary>
    public static DateOnly OpeningCountsFrom(DateOnly openedOn, DateOnly? discoveredOn) =>
        discoveredOn is { } discovered && discovered > openedOn ? discovered : openedOn;

    /// <summary>True when the Beijing date of <paramref name="filedAt"/> is after the deadline; filing early is never late.</summary>
    public static bool IsLate(DateOnly effectiveOn, DateTimeOffset filedAt, int days) =>
        BeijingTime.DateOf(filedAt) > DeadlineFor(effectiveOn, days);
}
