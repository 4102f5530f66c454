using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Probing;
using Media.Abstractions.Telemetry;
using Media.Abstractions.Websites;
using Media.Domain.Accounts;
using Orleans.Concurrency;

namespace Media.Grains.Probing;

/// <summary>
/// Fetches and reads one account's page, then hands the report to the account grain; a website (filed on the same
/// rails) is read by the site prober and its report goes to the website side of that grain.
/// </summary>
[StatelessWorker]
internal sealed class ProbeWorkerGrain(IAccountProber prober, ISiteProber sites) : Grain, IProbeWorkerGrain
{
    public async Task<string> ProbeAsync(string accountId)
    {
        var status = await ProbeOnceAsync(accountId);
        MediaMetrics.ProbeResults.Add(1, new KeyValuePair<string, object?>("status", status));
        return status;
    }

    private async Task<string> ProbeOnceAsync(string accountId)
    {
        var account = GrainFactory.Ref<IAccountGrain>(accountId);
        if (await account.GetAsync() is not { } record)
        {
            return "none";
        }

        if (record.Platform == Platforms.Website)
        {
            if (await sites.ProbeAsync(record, CancellationToken.None) is not { } site)
            {
                return "none";
            }

            await GrainFactory.Ref<IMonitoredWebsite>(accountId).RecordSiteProbeAsync(site);
            return site.Status;
        }

        if (await prober.ProbeAsync(record, CancellationToken.None) is not { } report)
        {
            return "none";
        }

        await account.RecordProbeAsync(report);
        return report.Status;
    }
}
