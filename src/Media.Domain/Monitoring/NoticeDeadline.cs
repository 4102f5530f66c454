using Media.Domain.Time;

namespace Media.Domain.Monitoring;

/// <summary>
/// The deadline a supervisor may set in a rectification notice (SPEC §3.5): not in the past, and not so far
/// off that the problem is in effect left standing.
/// </summary>
public static class NoticeDeadline
{
    /// <summary>The furthest a deadline may lie after the day the notice is sent.</summary>
    public const int MaxDays = 180;

    /// <summary>Null when <paramref name="deadline"/> is allowed on <paramref name="today"/> (Beijing date), else why not.</summary>
    public static string? Check(DateOnly deadline, DateOnly today) =>
        deadline < today || deadline > today.AddDays(MaxDays) ? $"整改期限应在今天至{MaxDays}天之内" : null;

    /// <summary>The deadline when nobody set one: <see cref="RectificationRules.DefaultDays"/> after the Beijing date of <paramref name="from"/>.</summary>
    public static DateOnly DefaultFrom(DateTimeOffset from) => BeijingTime.DateOf(from).AddDays(RectificationRules.DefaultDays);
}
