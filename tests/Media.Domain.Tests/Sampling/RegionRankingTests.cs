using Media.Domain.Sampling.Reports;

namespace Media.Domain.Tests.Sampling;

public sealed class RegionRankingTests
{
    [Fact]
    public void Ranks_completed_samplings_by_pass_rate_highest_first_and_lists_the_others_last()
    {
        var rows = RegionRanking.Rank(
        [
            new("440100", "广州市", SamplingProgress.Completed, 10, 3),
            new("440200", "韶关市", SamplingProgress.NotSampled, 0, 0),
            new("440300", "深圳市", SamplingProgress.Completed, 8, 0),
            new("440400", "珠海市", SamplingProgress.Draft, 4, 1),
            new("440500", "汕头市", SamplingProgress.Completed, 4, 1),
        ]);

        Assert.Equal(["440300", "440500", "440100", "440400", "440200"], rows.Select(r => r.RegionCode));
        Assert.Equal([1, 2, 3, null, null], rows.Select(r => r.Rank));
        Assert.Equal([1m, 0.75m, 0.7m, null, null], rows.Select(r => r.PassRate));
        Assert.Equal((10, 3), (rows[2].Checked, rows[2].Failed));
    }

    [Fact]
    public void Equal_rates_share_a_rank_and_the_larger_sample_comes_first()
    {
        var rows = RegionRanking.Rank(
        [
            new("440100", "广州市", SamplingProgress.Completed, 4, 0),
            new("440300", "深圳市", SamplingProgress.Completed, 8, 0),
            new("440500", "汕头市", SamplingProgress.Completed, 2, 1),
        ]);

        Assert.Equal(["440300", "440100", "440500"], rows.Select(r => r.RegionCode));
        Assert.Equal([1, 1, 3], rows.Select(r => r.Rank));
    }

    [Fact]
    public void A_completed_sampling_of_no_accounts_has_no_rate_and_is_not_ranked()
    {
        var row = Assert.Single(RegionRanking.Rank([new("440100", "广州市", SamplingProgress.Completed, 0, 0)]));
        Assert.Null(row.Rank);
        Assert.Null(row.PassRate);
    }
}
