using Media.Domain.Surveys;

namespace Media.Domain.Tests.Surveys;

public sealed class SurveyFiguresTests
{
    [Theory]
    [InlineData(30, "7")]
    [InlineData(0, "0")]
    [InlineData(4, "0.9")]
    [InlineData(100, "23.3")]
    public void Posts_per_week_come_from_the_last_thirty_days(int posts30d, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SurveyFigures.PerWeek(posts30d));

    [Fact]
    public void Original_share_is_to_four_places_and_unknown_without_posts()
    {
        Assert.Equal(0.3333m, SurveyFigures.OriginalShare(1, 3));
        Assert.Equal(1m, SurveyFigures.OriginalShare(5, 5));
        Assert.Null(SurveyFigures.OriginalShare(0, 0));
    }

    [Fact]
    public void A_second_app_and_a_second_account_elsewhere_go_against_different_rules()
    {
        Assert.Equal("一个单位原则上只建设一个移动客户端", SurveyFigures.DuplicateReason("app"));
        Assert.Equal("一个单位原则上在同一平台只开设一个账号", SurveyFigures.DuplicateReason("weibo"));
    }
}
