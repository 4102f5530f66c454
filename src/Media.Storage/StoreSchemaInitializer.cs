using Microsoft.Extensions.Hosting;

namespace Media.Storage;

/// <summary>
/// Brings the store's schema up to date before Orleans starts: the storage provider reads its queries
/// from <c>OrleansQuery</c> when the silo starts, so this hosted service is registered ahead of Orleans.
/// </summary>
internal sealed class StoreSchemaInitializer(StoreSchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.ApplyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
