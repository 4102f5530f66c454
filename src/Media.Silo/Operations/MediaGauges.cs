using System.Diagnostics.Metrics;
using Media.Abstractions.Storage;
using Media.Abstractions.Telemetry;
using Media.Application;
using Media.Application.Monitoring;
using Media.Domain.Monitoring;
using Media.Domain.Regions;

namespace Media.Silo.Operations;

/// <summary>
/// The gauges read at each scrape: the outbox's depth from the alert store, and the monitoring gaps by cause from the
/// region indexes (no account grain wakes). A scrape is rare (every 15 s or more), so reading then is cheaper than
/// keeping the figures up to date on every change.
/// </summary>
internal sealed class MediaGauges
{
    // A scrape must answer even when the store is slow; a gauge that cannot be read is left out of that scrape.
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private static readonly Caller Metrics = new("metrics", Roles.Admin, null, null);

    private readonly IAlertStore _alerts;
    private readonly IGrainFactory _grains;
    private readonly RegionCatalog _regions;

    public MediaGauges(IMeterFactory meters, IAlertStore alerts, IGrainFactory grains, RegionCatalog regions)
    {
        _alerts = alerts;
        _grains = grains;
        _regions = regions;
        var meter = meters.Create(MediaMetrics.MeterName);
        meter.CreateObservableGauge("media.outbox.depth", ReadOutbox, "{message}", "待发送的告警与邮件，按状态");
        meter.CreateObservableGauge("media.monitoring.gaps", ReadGaps, "{account}", "无法判定更新情况的账号，按原因");
    }

    private IEnumerable<Measurement<int>> ReadOutbox()
    {
        if (Read(() => _alerts.CountsAsync()) is not { } counts)
        {
            return [];
        }

        return
        [
            new(counts.UnroutedAlerts, new KeyValuePair<string, object?>("state", "unrouted")),
            new(counts.Pending, new KeyValuePair<string, object?>("state", "pending")),
            new(counts.Failing, new KeyValuePair<string, object?>("state", "failing")),
        ];
    }

    private IEnumerable<Measurement<int>> ReadGaps()
    {
        var measurements = new List<Measurement<int>>();
        foreach (var cause in GapCauses.All)
        {
            if (Read(() => GapListing.QueryAsync(Metrics, _grains, _regions, null, cause, "1", "1")) is { IsDone: true } outcome)
            {
                measurements.Add(new(outcome.Value.Total, new KeyValuePair<string, object?>("cause", cause)));
            }
        }

        return measurements;
    }

    // Observable instruments call back synchronously; the wait is bounded and runs on the scraping request's thread.
    private static T? Read<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return Task.Run(read).WaitAsync(ReadTimeout).GetAwaiter().GetResult();
        }
        // A gauge that throws loses its whole instrument for that scrape, so every failure to read is "no reading": the
        // store or the cluster busy or down, or this silo stopping (its grain factory and store already disposed) while
        // an exporter in the same process still collects it.
        catch (Exception e) when (e is TimeoutException or System.Data.Common.DbException or OrleansException
            or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            return null;
        }
    }
}
