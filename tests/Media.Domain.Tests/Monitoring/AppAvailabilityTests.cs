using Media.Domain.Accounts;
using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

public sealed class AppAvailabilityTests
{
    private static readonly MonitoringOptions Defaults = new();
    private static readonly DateTimeOffset First = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Three_failures_over_forty_eight_hours_make_an_app_unavailable()
    {
        Assert.True(AppAvailability.IsUnavailable(Platforms.App, 3, First, false, First + TimeSpan.FromHours(48), Defaults));
    }

    [Fact]
    public void Three_failures_within_less_than_forty_eight_hours_do_not()
    {
        Assert.False(AppAvailability.IsUnavailable(Platforms.App, 3, First, false, First + TimeSpan.FromHours(47.9), Defaults));
    }

    [Fact]
    public void Two_failures_do_not_however_long_ago_the_first_was()
    {
        Assert.False(AppAvailability.IsUnavailable(Platforms.App, 2, First, false, First + TimeSpan.FromDays(10), Defaults));
    }

    [Fact]
    public void Only_self_built_apps_are_judged()
    {
        Assert.False(AppAvailability.IsUnavailable(Platforms.Weibo, 5, First, false, First + TimeSpan.FromDays(3), Defaults));
    }

    [Fact]
    public void An_open_episode_stays_open_while_checks_still_fail_and_ends_with_the_first_success()
    {
        // Thresholds raised after the episode opened do not close it while the app is still down.
        var stricter = new MonitoringOptions { AppUnavailableFailures = 10 };

        Assert.True(AppAvailability.IsUnavailable(Platforms.App, 4, First, true, First + TimeSpan.FromHours(60), stricter));
        Assert.False(AppAvailability.IsUnavailable(Platforms.App, 0, null, true, First + TimeSpan.FromHours(60), stricter));
    }
}
