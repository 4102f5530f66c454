using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

public sealed class SilenceTests
{
    private static readonly MonitoringOptions Defaults = new();
    private static readonly DateTimeOffset Check = new(2026, 11, 26, 2, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly LongAgo = new(2026, 1, 1);

    [Fact]
    public void A_post_13_days_23_hours_59_minutes_old_keeps_the_account_out_of_the_veto()
    {
        var last = Check - TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1);
        Assert.Equal(SilenceVerdict.Warning, Silence.Judge(LongAgo, last, Check, Defaults));
    }

    [Fact]
    public void A_post_exactly_14_days_old_is_the_veto()
    {
        Assert.Equal(SilenceVerdict.Veto, Silence.Judge(LongAgo, Check - TimeSpan.FromDays(14), Check, Defaults));
    }

    [Fact]
    public void The_window_is_counted_in_hours_not_calendar_days_in_any_offset()
    {
        // 14 × 24 h before 02:00 Beijing is 18:00 UTC two weeks earlier; one second later is inside.
        var utcLast = new DateTimeOffset(2026, 11, 11, 18, 0, 1, TimeSpan.Zero);
        Assert.Equal(SilenceVerdict.Warning, Silence.Judge(LongAgo, utcLast, Check, Defaults));
    }

    [Fact]
    public void An_account_opened_less_than_14_days_ago_is_not_judged_even_without_posts()
    {
        Assert.Equal(SilenceVerdict.None, Silence.Judge(new DateOnly(2026, 11, 16), null, Check, Defaults));
        Assert.Equal(SilenceVerdict.None, Silence.Judge(new DateOnly(2026, 11, 13), null, Check, Defaults));
    }

    [Fact]
    public void An_account_opened_14_days_ago_without_posts_is_the_veto()
    {
        Assert.Equal(SilenceVerdict.Veto, Silence.Judge(new DateOnly(2026, 11, 12), null, Check, Defaults));
    }

    [Fact]
    public void Ten_days_of_silence_is_the_early_warning_and_nine_is_nothing()
    {
        Assert.Equal(SilenceVerdict.Warning, Silence.Judge(LongAgo, Check - TimeSpan.FromDays(10), Check, Defaults));
        Assert.Equal(SilenceVerdict.None, Silence.Judge(LongAgo, Check - TimeSpan.FromDays(9), Check, Defaults));
    }
}
