using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class WeiboDatesTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // 02:30 UTC is 10:30 in Beijing: "now" deliberately has a non-Beijing offset.
    private static readonly DateTimeOffset Now = new(2024, 6, 15, 2, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("刚刚", "2024-06-15T10:30:00+08:00")]
    [InlineData("30秒前", "2024-06-15T10:29:30+08:00")]
    [InlineData("5分钟前", "2024-06-15T10:25:00+08:00")]
    [InlineData("3小时前", "2024-06-15T07:30:00+08:00")]
    [InlineData("今天 08:05", "2024-06-15T08:05:00+08:00")]
    [InlineData("昨天 12:30", "2024-06-14T12:30:00+08:00")]
    [InlineData("06-14", "2024-06-14T00:00:00+08:00")]
    [InlineData("6-3", "2024-06-03T00:00:00+08:00")]
    [InlineData("2019-06-14", "2019-06-14T00:00:00+08:00")]
    [InlineData("2019-06-14 09:15", "2019-06-14T09:15:00+08:00")]
    [InlineData("Sat Jun 15 11:44:46 +0800 2019", "2019-06-15T11:44:46+08:00")]
    [InlineData("Sat Jun 15 03:44:46 +0000 2019", "2019-06-15T11:44:46+08:00")]
    public void Every_created_at_form_is_read_in_beijing_time(string createdAt, string expected)
    {
        var parsed = WeiboDates.Parse(createdAt, Now);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(Beijing, parsed!.Value.Offset);
    }

    [Fact]
    public void Yesterday_is_the_beijing_yesterday_even_when_utc_is_still_on_the_day_before()
    {
        // 2024-06-15 17:00 UTC is already 06-16 01:00 in Beijing, so 昨天 is 06-15.
        var lateUtc = new DateTimeOffset(2024, 6, 15, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2024, 6, 15, 23, 0, 0, Beijing), WeiboDates.Parse("昨天 23:00", lateUtc));
    }

    [Fact]
    public void A_month_day_after_today_belongs_to_last_year()
    {
        var newYear = new DateTimeOffset(2025, 1, 1, 0, 10, 0, Beijing);

        Assert.Equal(new DateTimeOffset(2024, 12, 30, 0, 0, 0, Beijing), WeiboDates.Parse("12-30", newYear));
    }

    [Theory]
    [InlineData("")]
    [InlineData("不久前")]
    [InlineData("13-45")]
    [InlineData("昨天 25:99")]
    public void Unreadable_forms_give_null(string createdAt) => Assert.Null(WeiboDates.Parse(createdAt, Now));
}
