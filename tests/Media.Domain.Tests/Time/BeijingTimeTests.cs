using Media.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace Media.Domain.Tests.Time;

public class BeijingTimeTests
{
    private static readonly TimeSpan Utc8 = TimeSpan.FromHours(8);

    [Fact]
    public void The_zone_is_eight_hours_ahead_of_utc_today()
    {
        var instant = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(Utc8, BeijingTime.Zone.GetUtcOffset(instant));
        Assert.Equal(Utc8, BeijingTime.ToBeijing(instant).Offset);
        Assert.Equal(instant, BeijingTime.ToBeijing(instant));
    }

    [Fact]
    public void Sixteen_hundred_utc_is_already_the_next_day_in_beijing()
    {
        Assert.Equal(new DateOnly(2024, 3, 4), BeijingTime.DateOf(new DateTimeOffset(2024, 3, 4, 15, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2024, 3, 5), BeijingTime.DateOf(new DateTimeOffset(2024, 3, 4, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_date_does_not_depend_on_the_offset_the_instant_was_written_with()
    {
        var inBeijing = new DateTimeOffset(2024, 3, 5, 0, 30, 0, Utc8);
        var inNewYork = inBeijing.ToOffset(TimeSpan.FromHours(-5));

        Assert.Equal(new DateOnly(2024, 3, 4), DateOnly.FromDateTime(inNewYork.DateTime));
        Assert.Equal(new DateOnly(2024, 3, 5), BeijingTime.DateOf(inNewYork));
    }

    [Fact]
    public void A_day_starts_at_midnight_beijing_which_is_sixteen_hundred_utc_the_day_before()
    {
        var start = BeijingTime.StartOfDay(new DateOnly(2024, 3, 5));

        Assert.Equal(Utc8, start.Offset);
        Assert.Equal(new DateTime(2024, 3, 5, 0, 0, 0, DateTimeKind.Unspecified), start.DateTime);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 16, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void Today_reads_the_injected_clock_in_beijing_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 12, 31, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2024, 12, 31), BeijingTime.Today(clock));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DateOnly(2025, 1, 1), BeijingTime.Today(clock));
    }
}
