using System.Diagnostics;
using Media.Abstractions;
using Media.Abstractions.Websites;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// The Quartz schedule, not a test, runs the availability slots: a filed website gets checks by itself. Needs the
/// website side of the account grain (issue 19, another part of the work).
/// </summary>
public sealed class ScheduledSiteCheckTests(ScheduledChecksSilo fixture) : IClassFixture<ScheduledChecksSilo>
{
    [Fact]
    public async Task A_filed_website_is_checked_by_the_schedule()
    {
        var website = fixture.Silo.Grains.Ref<IMonitoredWebsite>(await WebsiteFiling.FileAsync(fixture));

        // Generous: it returns as soon as a slot has checked the site; a busy machine may take a while.
        var watch = Stopwatch.StartNew();
        WebsiteView? view;
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            view = await website.GetWebsiteAsync();
        }
        while (view?.Availability.Sum(d => d.Checks) is null or 0 && watch.Elapsed < TimeSpan.FromSeconds(60));

        var today = Assert.Single(view!.Availability);
        Assert.True(today.Checks >= 1 && today.Failures == 0 && today.Gaps == 0, $"{today}");
    }
}
