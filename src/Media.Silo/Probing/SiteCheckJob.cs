using Media.Abstractions.Probing;
using Media.Silo.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;

namespace Media.Silo.Probing;

/// <summary>
/// Quartz adapter for availability checks: the silo that claims the slot first checks its websites, spread over
/// <see cref="ScheduleOptions.SiteCheckSpread"/>; the other silos' firings find the slot taken.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SiteCheckJob(IGrainFactory grains, SiteCheckRunner runner, IOptions<ScheduleOptions> options,
    IHostApplicationLifetime lifetime) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var sites = await grains.GetGrain<ISiteCheckRoundGrain>(SiteCheckSlots.For(scheduled)).ClaimAsync(scheduled);

        // A slot takes most of its interval; a stopping silo must not wait for it (its unchecked sites simply have one
        // check fewer that day).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await runner.RunAsync(sites, scheduled, options.Value.SiteCheckSpread, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
