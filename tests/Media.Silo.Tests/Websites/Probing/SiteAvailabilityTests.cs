using Media.Silo.Probing;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>Availability checks of a home page (SPEC §3.6) while Media's network is up (the canary answers).</summary>
public sealed class SiteAvailabilityTests(NetworkUpSilo fixture) : IClassFixture<NetworkUpSilo>
{
    private SiteAvailabilityChecker Checker => fixture.Get<SiteAvailabilityChecker>();

    [Theory]
    [InlineData("/")]
    [InlineData("/moved/")]
    public async Task A_home_that_answers_is_an_ok_check(string path)
    {
        var check = await Checker.CheckAsync(fixture.Target(path), TestContext.Current.CancellationToken);

        Assert.Equal((WebsiteProbeSilo.Now, true, "probe", false), (check.At, check.Ok, check.Source, check.Gap));
        Assert.InRange(check.Ms!.Value, 0, 1000);
    }

    [Theory]
    [InlineData("closed-port")]
    [InlineData("/gone/")]
    [InlineData("no-such-name")]
    public async Task A_home_that_cannot_be_loaded_while_the_canary_answers_is_the_sites_failure(string target)
    {
        var check = await Checker.CheckAsync(fixture.Target(target), TestContext.Current.CancellationToken);

        Assert.Equal((false, false), (check.Ok, check.Gap));
    }

    [Fact]
    public async Task A_home_that_stalls_past_the_timeout_fails_with_the_time_it_was_given()
    {
        var check = await Checker.CheckAsync(fixture.Target("/stall/"), TestContext.Current.CancellationToken);

        Assert.Equal((false, false), (check.Ok, check.Gap));
        // About the one-second timeout: timers may fire a few milliseconds before the stopwatch says a second.
        Assert.InRange(check.Ms!.Value, 900, 10_000);
    }

    [Fact]
    public async Task A_resolver_that_does_not_answer_makes_the_check_a_gap_even_with_the_network_up()
    {
        fixture.Resolver.Down = true;
        try
        {
            var connections = fixture.Site.Connections;
            var check = await Checker.CheckAsync(fixture.Target("/"), TestContext.Current.CancellationToken);

            Assert.Equal((false, true), (check.Ok, check.Gap));
            Assert.Equal(connections, fixture.Site.Connections);
        }
        finally
        {
            fixture.Resolver.Down = false;
        }
    }
}
