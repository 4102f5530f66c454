using Media.Domain.Sampling;

namespace Media.Domain.Tests.Sampling;

public sealed class PassRateTests
{
    [Theory]
    [InlineData(10, 0, "1")]
    [InlineData(10, 3, "0.7")]
    [InlineData(3, 1, "0.6667")]
    [InlineData(7, 7, "0")]
    public void Is_the_share_passed_to_four_places(int @checked, int failed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PassRate.Of(@checked, failed));

    [Fact]
    public void Is_unknown_when_nothing_was_checked() => Assert.Null(PassRate.Of(0, 0));

    [Fact]
    public void Change_is_in_percentage_points_to_one_place()
    {
        Assert.Equal(12.5m, PassRate.ChangeInPoints(0.8m, 0.675m));
        Assert.Equal(-33.3m, PassRate.ChangeInPoints(0.3333m, 0.6667m));
    }

    [Fact]
    public void Change_is_unknown_unless_both_quarters_have_a_rate()
    {
        Assert.Null(PassRate.ChangeInPoints(null, 0.5m));
        Assert.Null(PassRate.ChangeInPoints(0.5m, null));
    }

    [Fact]
    public void Tallies_each_group_in_ordinal_key_order()
    {
        var tallies = PassRate.ByKey([("440104", true), ("440103", false), ("440104", false), ("440103", false), ("440104", true)]);
        Assert.Equal([new PassTally("440103", 2, 2, 0m), new PassTally("440104", 3, 1, 0.6667m)], tallies);
    }
}
