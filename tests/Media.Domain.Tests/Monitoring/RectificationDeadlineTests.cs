using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

public sealed class RectificationDeadlineTests
{
    private static readonly TimeSpan Utc8 = TimeSpan.FromHours(8);
    private static readonly DateOnly Deadline = new(2026, 11, 20);

    [Fact]
    public void The_default_deadline_is_ten_days_after_the_Beijing_date_of_the_notice()
    {
        // 17:00 UTC on the 10th is already the 11th in Beijing.
        Assert.Equal(new DateOnly(2026, 11, 21), RectificationDeadline.DefaultFrom(new DateTimeOffset(2026, 11, 10, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 20), RectificationDeadline.DefaultFrom(new DateTimeOffset(2026, 11, 10, 23, 59, 0, Utc8)));
    }

    [Fact]
    public void An_unanswered_notice_runs_out_at_midnight_Beijing_after_its_deadline_day()
    {
        Assert.False(RectificationDeadline.IsOverdue(Deadline, null, new DateTimeOffset(2026, 11, 20, 23, 59, 59, Utc8)));
        Assert.True(RectificationDeadline.IsOverdue(Deadline, null, new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_answer_on_the_deadline_day_keeps_the_notice_from_running_out()
    {
        var lastMinute = new DateTimeOffset(2026, 11, 20, 23, 59, 0, Utc8);

        Assert.False(RectificationDeadline.IsOverdue(Deadline, lastMinute, new DateTimeOffset(2026, 12, 1, 0, 0, 0, Utc8)));
    }

    [Fact]
    public void An_answer_after_the_deadline_day_does_not()
    {
        var nextDay = new DateTimeOffset(2026, 11, 21, 0, 0, 0, Utc8);

        Assert.True(RectificationDeadline.IsOverdue(Deadline, nextDay, nextDay + TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(RectificationDeadline.MaxDays)]
    public void A_supervisor_may_set_a_deadline_from_today_up_to_the_maximum(int days) =>
        Assert.Null(RectificationDeadline.Check(Deadline.AddDays(days), Deadline));

    [Theory]
    [InlineData(-1)]
    [InlineData(RectificationDeadline.MaxDays + 1)]
    public void A_deadline_in_the_past_or_beyond_the_maximum_is_refused(int days) =>
        Assert.Equal("整改期限应在今天至180天之内", RectificationDeadline.Check(Deadline.AddDays(days), Deadline));

    private static readonly DateTimeOffset NoticedEarly = new(2026, 11, 10, 9, 0, 0, Utc8);

    [Fact]
    public void An_unanswered_notice_is_recalled_from_two_days_before_its_deadline_to_the_deadline_day()
    {
        Assert.False(RectificationDeadline.IsReminderDue(Deadline, NoticedEarly, null, new DateTimeOffset(2026, 11, 17, 23, 59, 0, Utc8)));
        Assert.True(RectificationDeadline.IsReminderDue(Deadline, NoticedEarly, null, new DateTimeOffset(2026, 11, 18, 0, 0, 0, Utc8)));
        Assert.True(RectificationDeadline.IsReminderDue(Deadline, NoticedEarly, null, new DateTimeOffset(2026, 11, 20, 23, 0, 0, Utc8)));
        Assert.False(RectificationDeadline.IsReminderDue(Deadline, NoticedEarly, null, new DateTimeOffset(2026, 11, 21, 0, 0, 0, Utc8)));
    }

    [Fact]
    public void An_answered_notice_is_not_recalled() =>
        Assert.False(RectificationDeadline.IsReminderDue(Deadline, NoticedEarly, NoticedEarly.AddDays(1), new DateTimeOffset(2026, 11, 19, 2, 0, 0, Utc8)));

    [Fact]
    public void A_round_that_began_inside_the_reminder_days_gets_no_reminder()
    {
        var late = new DateTimeOffset(2026, 11, 18, 9, 0, 0, Utc8);

        Assert.False(RectificationDeadline.IsReminderDue(Deadline, late, null, new DateTimeOffset(2026, 11, 19, 2, 0, 0, Utc8)));
        Assert.True(RectificationDeadline.IsReminderDue(Deadline, late.AddDays(-1), null, new DateTimeOffset(2026, 11, 19, 2, 0, 0, Utc8)));
    }
}
