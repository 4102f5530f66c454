using System.Globalization;
using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Sat, 15 Jun 2019 11:44:46 +0800", "2019-06-15T11:44:46+08:00")]
    [InlineData("Sat, 15 Jun 2019 03:44:46 GMT", "2019-06-15T11:44:46+08:00")]
    [InlineData("Sat, 15 Jun 2019 03:44:46 UT", "2019-06-15T11:44:46+08:00")]
    [InlineData("15 Jun 2019 11:44 +0800", "2019-06-15T11:44:00+08:00")]
    [InlineData("Sat,15 Jun 2019 11:44:46 +08:00", "2019-06-15T11:44:46+08:00")]
    [InlineData("Sat, 5 Jun 19 11:44:46 +0800", "2019-06-05T11:44:46+08:00")]
    [InlineData("Sat, 15 Jun 2019 11:44:46 CST", "2019-06-15T11:44:46+08:00")]
    [InlineData("Fri, 14 Jun 2019 23:44:46 EDT", "2019-06-15T11:44:46+08:00")]
    [InlineData("Sat, 15 Jun 2019 11:44:46", "2019-06-15T11:44:46+08:00")]
    [InlineData("2019-06-15T11:44:46+08:00", "2019-06-15T11:44:46+08:00")]
    [InlineData("2019-06-15T03:44:46Z", "2019-06-15T11:44:46+08:00")]
    [InlineData("2019-06-15T03:44:46.123Z", "2019-06-15T11:44:46.123+08:00")]
    [InlineData("2019-06-15 11:44:46", "2019-06-15T11:44:46+08:00")]
    [InlineData("2019-06-15T11:44:46", "2019-06-15T11:44:46+08:00")]
    [InlineData("2019/6/15 11:44", "2019-06-15T11:44:00+08:00")]
    [InlineData("2019年6月15日 11:44", "2019-06-15T11:44:00+08:00")]
    [InlineData("2019-06-15", "2019-06-15T00:00:00+08:00")]
    public void Feed_dates_in_every_common_form_become_beijing_instants(string text, string expected)
    {
        var parsed = FeedDates.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), parsed);
        Assert.Equal(TimeSpan.FromHours(8), parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Sat, 45 Jun 2019 11:44:46 +0800")]
    public void Unreadable_dates_give_null(string text) => Assert.Null(FeedDates.Parse(text));
}
