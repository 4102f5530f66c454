using System.Diagnostics;
using Media.Abstractions;
using Media.Abstractions.Websites;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// The Quartz schedule, not a test, runs the availability slots: a filed website gets checks by itself. 
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

        // The view has the week, today last; Media's clock stands still, so every check falls on today.
        var today = view!.Availability[^1];
        Assert.Equal(WebsiteProbeSilo.Now.Date, today.Day.ToDateTime(TimeOnly.MinValue));
        Assert.All(view.Availability.SkipLast(1), day => Assert.Equal(0, day.Checks));
        Assert.True(today.Checks >= 1 && today.Failures == 0 && today.Gaps == 0, $"{today}");
    }
}
