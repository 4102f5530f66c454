using Media.Domain.Time;

namespace Media.Domain.Monitoring;

/// <summary>
/// The deadline of a rectification notice (整改, SPEC §3.5) is a Beijing calendar date: the unit has until the end
/// of that day, and an answer given by then waits for the supervisor's verdict without turning overdue. Notices,
/// alert mails and the sampling report all take their deadlines from here.
/// </summary>
public static class RectificationDeadline
{
    /// <summary>Days a unit has to put a problem right when nobody set another deadline.</summary>
    public const int DefaultDays = 10;

    /// <summary>Days before the deadline on which an unanswered notice is recalled to the unit (SPEC §3.5).</summary>
    public const int ReminderDays = 2;

    /// <summary>The furthest a supervisor's deadline may lie after the day the notice is sent.</summary>
    public const int MaxDays = 180;

    /// <summary>The deadline when nobody set one: <see cref="DefaultDays"/> after the Beijing date of <paramref name="from"/>.</summary>
    public static DateOnly DefaultFrom(DateTimeOffset from) => BeijingTime.DateOf(from).AddDays(DefaultDays);

    /// <summary>
    /// Null when a supervisor may set <paramref name="deadline"/> on <paramref name="today"/> (Beijing date), else why
    /// not: not in the past, and not so far off that the problem is in effect left standing.
    /// </summary>
    public static string? Check(DateOnly deadline, DateOnly today) =>
        deadline < today || deadline > today.AddDays(MaxDays) ? $"整改期限应在今天至{MaxDays}天之内" : null;

    /// <summary>
    /// True when, at <paramref name="at"/>, the deadline day is over and no answer was given by that day
    /// (<paramref name="answeredAt"/> is null, or fell after it).
    /// </summary>
    public static bool IsOverdue(DateOnly deadline, DateTimeOffset? answeredAt, DateTimeOffset at) =>
        BeijingTime.DateOf(at) > deadline && !(answeredAt is { } answered && BeijingTime.DateOf(answered) <= deadline);

    /// <summary>
    /// True when, at <paramref name="at"/>, an unanswered notice is within <see cref="ReminderDays"/> of its deadline
    /// (from that Beijing day to the deadline day itself). A round that began on or after the reminder day (a notice
    /// or a rejection sent with a short deadline) gets no reminder: its own mail already named the deadline.
    /// </summary>
    public static bool IsReminderDue(DateOnly deadline, DateTimeOffset roundBegan, DateTimeOffset? answeredAt, DateTimeOffset at)
    {
        var remindOn = deadline.AddDays(-ReminderDays);
        var today = BeijingTime.DateOf(at);
        return answeredAt is null && today >= remindOn && today <= deadline && BeijingTime.DateOf(roundBegan) < remindOn;
    }
}
