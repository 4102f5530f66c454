using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

public sealed class EpisodePlanTests
{
    private static readonly MonitoringOptions Defaults = new();
    private static readonly DateTimeOffset Check = new(2026, 11, 26, 2, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly LongAgo = new(2026, 1, 1);

    [Fact]
    public void A_monitoring_gap_leaves_every_episode_as_it_is()
    {
        Assert.Null(EpisodePlan.Decide(LongAgo, null, null, active: true, gap: true, Check, Defaults));
    }

    [Fact]
    public void Closed_accounts_have_no_time_based_episodes()
    {
        Assert.Equal(new EpisodePlan(false, false, false), EpisodePlan.Decide(LongAgo, null, null, active: false, gap: false, Check, Defaults));
    }

    [Fact]
    public void Fewer_than_four_posts_in_thirty_days_is_low_frequency_when_updated_within_two_weeks()
    {
        var plan = EpisodePlan.Decide(LongAgo, Check - TimeSpan.FromDays(2), Check - TimeSpan.FromDays(31), true, false, Check, Defaults);
        Assert.Equal(new EpisodePlan(false, false, true), plan);
    }

    [Fact]
    public void Four_posts_in_thirty_days_is_frequent_enough()
    {
        var plan = EpisodePlan.Decide(LongAgo, Check - TimeSpan.FromDays(2), Check - TimeSpan.FromDays(29), true, false, Check, Defaults);
        Assert.Equal(new EpisodePlan(false, false, false), plan);
    }

    [Fact]
    public void A_silent_account_has_the_veto_not_low_frequency()
    {
        var plan = EpisodePlan.Decide(LongAgo, Check - TimeSpan.FromDays(20), null, true, false, Check, Defaults);
        Assert.Equal(new EpisodePlan(true, false, false), plan);
    }
}
