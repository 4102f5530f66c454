using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Probing;
using Orleans.Concurrency;

namespace Media.Grains.Probing;

/// <summary>Fetches and reads one account's page, then hands the report to the account grain.</summary>
[StatelessWorker]
internal sealed class ProbeWorkerGrain(IAccountProber prober) : Grain, IProbeWorkerGrain
{
    public async Task<string> ProbeAsync(string accountId)
    {
        var account = GrainFactory.Ref<IAccountGrain>(accountId);
        if (await account.GetAsync() is not { } record
            || await prober.ProbeAsync(record, CancellationToken.None) is not { } report)
        {
            return "none";
        }

        await account.RecordProbeAsync(report);
        return report.Status;
    }
}
