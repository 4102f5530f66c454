using System.Diagnostics;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Storage;

namespace Media.Silo.Hosting;

/// <summary>
/// At start, before the API answers, finishes the filings a killed process left behind (<see cref="IFilingIntents"/>):
/// each account whose intent is still stored writes its index line and audit row, or forgets a filing it never stored.
/// It reads only the intents (the filings in flight at the crash), so it costs the same at any number of accounts.
/// Safe on every silo of a cluster: an account's calls run one at a time and finishing is idempotent.
/// </summary>
internal sealed class FilingRecovery(IGrainFactory grains, IFilingIntents intents, ILogger<FilingRecovery> logger) : IHostedService
{
    private const int Page = 1_000;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (finished, failed) = (0, 0);
        var (afterAccount, afterOrdinal) = (string.Empty, 0);
        while (await intents.ReadAsync(afterAccount, afterOrdinal, Page) is { Count: > 0 } page)
        {
            await Parallel.ForEachAsync(page, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (intent, _) =>
                {
                    try
                    {
                        await grains.Ref<IAccountGrain>(intent.AccountId).FinishFilingAsync(intent);
                        Interlocked.Increment(ref finished);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The intent stays, so the next start tries again; one account must not keep the silo down.
                        Interlocked.Increment(ref failed);
                        Log.FilingNotFinished(logger, intent.AccountId, e);
                    }
                });
            (afterAccount, afterOrdinal) = (page[^1].AccountId, page[^1].Ordinal);
        }

        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.FilingsFinished(logger, finished, failed, elapsedMs);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
