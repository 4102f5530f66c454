using Microsoft.Extensions.Hosting;

namespace Media.Storage;

/// <summary>
/// Waits for the store's <c>quick_check</c> (<see cref="StoreSchema.Intact"/>) and fails the start on a damaged file. Registered after
/// Orleans and the region index warm-up, which only read, and before anything that writes for the silo's own reasons (filing
/// recovery) and before the web server: the check of a large file then runs beside Orleans' start and the index loading
/// instead of before them (figures in docs/benchmarks.md).
/// </summary>
public sealed class StoreIntactGate(StoreSchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.Intact.WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
