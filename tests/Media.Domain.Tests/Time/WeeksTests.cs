using Media.Domain.Time;

namespace Media.Domain.Tests.Time;

public class WeeksTests
{
    private static readonly TimeSpan Utc8 = TimeSpan.FromHours(8);

    // Friday 2026-11-27, 10:00 Beijing: the current week began on Monday 2026-11-23.
    private static readonly DateTimeOffset At = new(2026, 11, 27, 10, 0, 0, Utc8);

    [Fact]
    public void A_week_starts_on_monday()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), Weeks.WeekOf(new DateOnly(2026, 11, 23)));
        Assert.Equal(new DateOnly(2026, 11, 23), Weeks.WeekOf(new DateOnly(2026, 11, 29)));
        Assert.Equal(new DateOnly(2026, 11, 30), Weeks.WeekOf(new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void Events_fall_in_their_beijing_week_oldest_week_first()
    {
        DateTimeOffset[] events =
        [
            new(2026, 11, 22, 23, 30, 0, Utc8), // Sunday night in Beijing: the week before
            new(2026, 11, 22, 16, 10, 0, TimeSpan.Zero), // Monday 00:10 in Beijing, written in UTC: this week
            new(2026, 11, 27, 9, 0, 0, Utc8),
            new(2026, 11, 2, 8, 0, 0, Utc8), // the first week of four
        ];

        Assert.Equal([1, 0, 1, 2], Weeks.Count(events, At, 4));
    }

    [Fact]
    public void Events_before_the_first_week_or_after_the_instant_are_left_out()
    {
        DateTimeOffset[] events = [new(2026, 11, 1, 23, 0, 0, Utc8), new(2026, 11, 27, 10, 0, 1, Utc8)];

        Assert.Equal([0, 0, 0, 0], Weeks.Count(events, At, 4));
    }
}
