using Media.Domain.Filing;

namespace Media.Domain.Tests.Filing;

public class FilingDeadlineTests
{
    private static readonly DateOnly OpenedOn = new(2024, 3, 1);
    private static readonly TimeSpan Utc8 = TimeSpan.FromHours(8);

    [Fact]
    public void The_deadline_is_the_effective_date_plus_the_allowed_days() =>
        Assert.Equal(new DateOnly(2024, 3, 4), FilingDeadline.DeadlineFor(OpenedOn, 3));

    [Fact]
    public void Filing_on_day_three_at_2359_beijing_is_on_time()
    {
        var filedAt = new DateTimeOffset(2024, 3, 4, 23, 59, 59, Utc8);

        Assert.False(FilingDeadline.IsLate(OpenedOn, filedAt, 3));
        Assert.False(FilingDeadline.IsLate(OpenedOn, filedAt.ToUniversalTime(), 3));
    }

    [Fact]
    public void Filing_on_day_four_at_0000_beijing_is_late()
    {
        var filedAt = new DateTimeOffset(2024, 3, 5, 0, 0, 0, Utc8);

        Assert.True(FilingDeadline.IsLate(OpenedOn, filedAt, 3));
    }

    [Fact]
    public void Day_four_at_0000_beijing_is_late_even_though_utc_still_says_day_three()
    {
        var filedAtUtc = new DateTimeOffset(2024, 3, 4, 16, 0, 0, TimeSpan.Zero);

        // A check on the UTC calendar date would wrongly call this on time.
        Assert.Equal(new DateOnly(2024, 3, 4), DateOnly.FromDateTime(filedAtUtc.UtcDateTime));
        Assert.True(FilingDeadline.IsLate(OpenedOn, filedAtUtc, 3));
    }

    [Fact]
    public void Filing_in_the_early_hours_utc_of_day_four_is_still_day_four_in_beijing()
    {
        // 2024-03-04T20:00Z is 04:00 on the 5th in Beijing: late, though UTC says the 4th.
        Assert.True(FilingDeadline.IsLate(OpenedOn, new DateTimeOffset(2024, 3, 4, 20, 0, 0, TimeSpan.Zero), 3));
        // 2024-03-04T15:59:59Z is 23:59:59 on the 4th in Beijing: on time.
        Assert.False(FilingDeadline.IsLate(OpenedOn, new DateTimeOffset(2024, 3, 4, 15, 59, 59, TimeSpan.Zero), 3));
    }

    [Fact]
    public void Filing_before_the_effective_date_is_not_late() =>
        Assert.False(FilingDeadline.IsLate(OpenedOn, new DateTimeOffset(2024, 2, 20, 9, 0, 0, Utc8), 3));

    [Fact]
    public void Filing_on_the_effective_date_itself_is_on_time() =>
        Assert.False(FilingDeadline.IsLate(OpenedOn, new DateTimeOffset(2024, 3, 1, 0, 0, 0, Utc8), 3));

    [Fact]
    public void The_deadline_crosses_month_and_leap_day_boundaries() =>
        Assert.Equal(new DateOnly(2024, 3, 1), FilingDeadline.DeadlineFor(new DateOnly(2024, 2, 27), 3));

    [Fact]
    public void With_zero_days_only_the_same_beijing_day_is_on_time()
    {
        Assert.False(FilingDeadline.IsLate(OpenedOn, new DateTimeOffset(2024, 3, 1, 23, 59, 59, Utc8), 0));
        Assert.True(FilingDeadline.IsLate(OpenedOn, new DateTimeOffset(2024, 3, 2, 0, 0, 0, Utc8), 0));
    }

    [Fact]
    public void A_negative_number_of_days_is_a_configuration_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FilingDeadline.DeadlineFor(OpenedOn, -1));
}
