using Media.Silo.Hosting;
using Media.Silo.Probing;
using Media.Silo.Tests.Infrastructure;
using Media.Silo.Tests.Operations;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>Where in a slot each website is checked, and how many slots a day the schedule gives.</summary>
public sealed class SiteCheckScheduleTests
{
    private static readonly TimeSpan Spread = TimeSpan.FromMinutes(25);

    private static readonly string[] Sites = [.. Enumerable.Range(0, 500).Select(i => $"website:36{i:D8}")];

    [Fact]
    public void Each_site_has_its_own_fixed_offset_within_the_spread()
    {
        var offsets = Sites.Select(s => SiteCheckSlots.Offset(s, Spread)).ToList();

        Assert.All(offsets, o => Assert.InRange(o, TimeSpan.Zero, Spread - TimeSpan.FromTicks(1)));
        Assert.Equal(offsets, Sites.Select(s => SiteCheckSlots.Offset(s, Spread)));
        Assert.True(offsets.Distinct().Count() > 490, "offsets collide");
    }

    [Fact]
    public void Sites_are_spread_over_the_slot_not_bunched_at_its_start()
    {
        // Five 5-minute parts of the slot: each should hold about 100 of the 500 sites.
        var parts = Sites.GroupBy(s => (int)(SiteCheckSlots.Offset(s, Spread) / TimeSpan.FromMinutes(5))).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal([0, 1, 2, 3, 4], parts.Keys.Order());
        Assert.All(parts.Values, count => Assert.InRange(count, 60, 140));
    }

    [Fact]
    public void Without_a_spread_every_site_is_checked_at_the_slot_start()
    {
        Assert.All(Sites.Take(10), s => Assert.Equal(TimeSpan.Zero, SiteCheckSlots.Offset(s, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("0 */30 * * * ?", 48)]
    [InlineData("0 0 */2 * * ?", 12)]
    [InlineData("0 15 8-20 ? * MON-FRI", 0)]
    public void A_schedule_gives_its_fewest_firings_in_a_day(string cron, int perDay)
    {
        Assert.Equal(perDay, SiteCheckSlots.FiringsPerDay(cron));
    }

    [Theory]
    [InlineData("0 */30 * * * ?", 30)]
    [InlineData("0 0 8,9,20 * * ?", 60)]
    public void A_schedule_has_a_shortest_interval_for_the_spread_to_fit_in(string cron, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), SiteCheckSlots.ShortestInterval(cron));
    }

    [Theory]
    [InlineData("Schedules:SiteChecks", "0 0 */2 * * ?")]
    [InlineData("Schedules:SiteCheckSpread", "00:45:00")]
    public void A_silo_refuses_a_schedule_that_gives_too_few_checks_or_overlapping_slots(string key, string value)
    {
        // The check the silo runs before it starts (it prints the list and exits 1), on the shipped settings plus this one.
        var problems = SettingsCheck.Problems(SettingsCheckTests.Shipped(new() { [key] = value }));

        Assert.Contains(problems, p => p.StartsWith(key, StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_schedule_gives_more_checks_a_day_than_the_rule_requires()
    {
        Assert.True(SiteCheckSlots.FiringsPerDay(new Scheduling.ScheduleOptions().SiteChecks) >= 2 * new Domain.Websites.WebsiteOptions().ProbesPerDay);
    }

    [Fact]
    public void Slots_are_named_after_their_Beijing_minute()
    {
        Assert.Equal("site-check/2026-11-26T10:30", SiteCheckSlots.For(new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero)));
    }
}
