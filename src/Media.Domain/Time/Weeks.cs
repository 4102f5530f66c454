namespace Media.Domain.Time;

/// <summary>Events per calendar week (Monday to Sunday, Beijing time), for the pages' weekly charts.</summary>
public static class Weeks
{
    /// <summary>The Monday that starts the week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// Counts for the <paramref name="weeks"/> weeks ending with the week of <paramref name="at"/>, oldest first;
    /// events outside them (or after <paramref name="at"/>) are not counted.
    /// </summary>
    public static int[] Count(IEnumerable<DateTimeOffset> events, DateTimeOffset at, int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weeks);
        var first = WeekOf(BeijingTime.DateOf(at)).AddDays(-7 * (weeks - 1));
        var counts = new int[weeks];
        foreach (var instant in events)
        {
            if (instant > at)
            {
                continue;
            }

            var index = (BeijingTime.DateOf(instant).DayNumber - first.DayNumber) / 7;
            if (BeijingTime.DateOf(instant) >= first && index < weeks)
            {
                counts[index]++;
            }
        }

        return counts;
    }
}
