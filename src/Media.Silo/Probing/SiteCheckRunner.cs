using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;

namespace Media.Silo.Probing;

/// <summary>
/// Runs one claimed slot of availability checks: each website at its own offset within the slot, at most a few at a
/// time, each check handed to the website's grain.
/// </summary>
internal sealed partial class SiteCheckRunner(IGrainFactory grains, SiteAvailabilityChecker checker, ILogger<SiteCheckRunner> logger)
{
    private const int Concurrency = 16;

    /// <summary>How many websites were checked and their checks recorded.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> websiteIds, DateTimeOffset slotStart, TimeSpan spread, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(Concurrency);
        var done = await Task.WhenAll(websiteIds.Select(id => CheckOneAsync(id, slotStart + SiteCheckSlots.Offset(id, spread), gate, ct)));
        return done.Count(d => d);
    }

    // Offsets are wall-clock times within the Quartz slot, so they wait on the system clock, not Media's.
    private async Task<bool> CheckOneAsync(string id, DateTimeOffset due, SemaphoreSlim gate, CancellationToken ct)
    {
        var wait = due - TimeProvider.System.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, ct);
        }

        await gate.WaitAsync(ct);
        try
        {
            if (await grains.Ref<IAccountGrain>(id).GetAsync() is not { Website: { } site }
                || !Uri.TryCreate(site.HomeUrl, UriKind.Absolute, out var home))
            {
                return false;
            }

            var check = await checker.CheckAsync(home, ct);
            await grains.Ref<IMonitoredWebsite>(id).RecordSiteChecksAsync([check]);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One website's trouble (its grain, the store) must not stop the slot's other checks.
            LogFailed(id, e);
            return false;
        }
        finally
        {
            gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Availability check of {WebsiteId} not recorded")]
    private partial void LogFailed(string websiteId, Exception exception);
}
