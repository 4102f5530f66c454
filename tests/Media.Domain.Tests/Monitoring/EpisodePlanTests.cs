using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

public sealed class EpisodePlanTests
{
    private static readonly MonitoringOptions Defaults = new();
    private static readonly DateTimeOffset Check = new(2026, 11, 26, 2, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly LongAgo = new(2026, 1, 1);
    private static readonly EpisodePlan None = new(false, false, false);
    private static readonly EpisodePlan All = new(true, true, true);

    [Fact]
    public void An_account_never_observed_has_no_time_based_episode_even_after_years_of_apparent_silence()
    {
        Assert.Equal(None, Decide(new DateOnly(2018, 6, 1), null, null, Sight.NotObserved));
        Assert.Equal(None, Decide(LongAgo, null, null, Sight.NotObserved, open: All));
    }

    [Fact]
    public void A_blind_account_opens_nothing_and_keeps_what_is_open_while_the_silence_lasts()
    {
        Assert.Equal(None, Decide(LongAgo, Check - TimeSpan.FromDays(20), null, Sight.Blind));
        Assert.Equal(new EpisodePlan(true, false, false),
            Decide(LongAgo, Check - TimeSpan.FromDays(20), null, Sight.Blind, open: new EpisodePlan(true, false, false)));
        Assert.Equal(new EpisodePlan(false, true, false),
            Decide(LongAgo, Check - TimeSpan.FromDays(20), null, Sight.Blind, open: new EpisodePlan(false, true, false)));
    }

    [Fact]
    public void A_post_seen_while_blind_still_resolves_the_veto_it_ends()
    {
        var plan = Decide(LongAgo, Check - TimeSpan.FromDays(1), Check - TimeSpan.FromDays(2), Sight.Blind, open: new EpisodePlan(true, false, false));

        Assert.Equal(None, plan);
    }

    [Fact]
    public void Closed_accounts_have_no_time_based_episodes()
    {
        Assert.Equal(None, EpisodePlan.Decide(LongAgo, null, null, active: false, Sight.Seen, All, Check, Defaults));
    }

    [Fact]
    public void Fewer_than_four_posts_in_thirty_days_is_low_frequency_when_updated_within_two_weeks()
    {
        Assert.Equal(new EpisodePlan(false, false, true), Decide(LongAgo, Check - TimeSpan.FromDays(2), Check - TimeSpan.FromDays(31)));
    }

    [Fact]
    public void Four_posts_in_thirty_days_is_frequent_enough()
    {
        Assert.Equal(None, Decide(LongAgo, Check - TimeSpan.FromDays(2), Check - TimeSpan.FromDays(29)));
    }

    [Fact]
    public void A_silent_account_has_the_veto_not_low_frequency()
    {
        Assert.Equal(new EpisodePlan(true, false, false), Decide(LongAgo, Check - TimeSpan.FromDays(20), null));
    }

    private static EpisodePlan Decide(DateOnly openedOn, DateTimeOffset? last, DateTimeOffset? nth, Sight sight = Sight.Seen,
        EpisodePlan open = default) =>
        EpisodePlan.Decide(openedOn, last, nth, active: true, sight, open, Check, Defaults);
}
