using Media.Domain.Time;

namespace Media.Domain.Monitoring;

/// <summary>
/// The deadline of a rectification notice (SPEC §3.5) is a Beijing calendar date: the unit has until the end
/// of that day, and an answer given by then waits for the supervisor's verdict without turning overdue.
/// </summary>
public static class RectificationDeadline
{
    /// <summary>The deadline when nobody set one: <see cref="RectificationRules.DefaultDays"/> after the Beijing date of <paramref name="from"/>.</summary>
    public static DateOnly DefaultFrom(DateTimeOffset from) => BeijingTime.DateOf(from).AddDays(RectificationRules.DefaultDays);

    /// <summary>
    /// True when, at <paramref name="at"/>, the deadline day is over and no answer was given by that day
    /// (<paramref name="answeredAt"/> is null, or fell after it).
    /// </summary>
    public static bool IsOverdue(DateOnly deadline, DateTimeOffset? answeredAt, DateTimeOffset at) =>
        BeijingTime.DateOf(at) > deadline && !(answeredAt is { } answered && BeijingTime.DateOf(answered) <= deadline);
}
