using Media.Grains.Probing;
using Media.Silo.Probing;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// SPEC §3.6: a probe Media could not make (its own network down) is a gap. Here the canary is a closed loopback port,
/// so a site that cannot be reached or does not answer in time is Media's trouble, while a site that answers (even an
/// error page) is judged as usual.
/// </summary>
public sealed class NetworkDownTests(NetworkDownSilo fixture) : IClassFixture<NetworkDownSilo>
{
    [Theory]
    [InlineData("closed-port", false, true)]
    [InlineData("/stall/", false, true)]
    [InlineData("/", true, false)]
    [InlineData("/gone/", false, false)]
    public async Task A_check_is_a_gap_only_when_the_canary_fails_too(string target, bool ok, bool gap)
    {
        var check = await fixture.Get<SiteAvailabilityChecker>().CheckAsync(fixture.Target(target), TestContext.Current.CancellationToken);

        Assert.Equal((ok, gap), (check.Ok, check.Gap));
    }

    [Fact]
    public async Task A_content_probe_that_Media_could_not_make_reports_a_gap()
    {
        fixture.Resolver.Down = true;
        try
        {
            var record = GovSite.Record(fixture.Named("/").ToString(), [.. GovSite.FiledColumns]);
            var report = await fixture.Get<ISiteProber>().ProbeAsync(record, TestContext.Current.CancellationToken);

            Assert.Equal("gap", report?.Status);
            Assert.Contains("ResolverDown", report!.Detail, StringComparison.Ordinal);
            Assert.Empty(report.Columns);
        }
        finally
        {
            fixture.Resolver.Down = false;
        }
    }
}
