using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

public sealed class NoticeDeadlineTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(NoticeDeadline.MaxDays)]
    public void Today_up_to_the_maximum_is_allowed(int days) => Assert.Null(NoticeDeadline.Check(Today.AddDays(days), Today));

    [Theory]
    [InlineData(-1)]
    [InlineData(NoticeDeadline.MaxDays + 1)]
    public void A_day_past_or_beyond_the_maximum_is_refused(int days) =>
        Assert.Equal("整改期限应在今天至180天之内", NoticeDeadline.Check(Today.AddDays(days), Today));

    [Fact]
    public void The_default_counts_from_the_beijing_date()
    {
        // 2026-11-26 17:00 UTC is already 27 November in Beijing.
        var at = new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 27).AddDays(RectificationRules.DefaultDays), NoticeDeadline.DefaultFrom(at));
    }
}
