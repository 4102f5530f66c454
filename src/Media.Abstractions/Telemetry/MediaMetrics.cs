using System.Diagnostics.Metrics;

namespace Media.Abstractions.Telemetry;

/// <summary>
/// Media's own meter. The instruments the grains record live here, where grains and host both see them; the host adds
/// the gauges it reads from storage on its own meter of the same name. Prometheus names come from the instrument name
/// and unit: <c>media.sweep.duration</c> in seconds is <c>media_sweep_duration_seconds</c>.
/// </summary>
public static class MediaMetrics
{
    public const string MeterName = "Media";

    // One meter for the process: instruments are cheap to record into and a listener (OpenTelemetry) picks meters by name.
    private static readonly Meter Meter = new(MeterName);

    /// <summary>How long one sweep slot took over every region.</summary>
    public static Histogram<double> SweepDuration { get; } =
        Meter.CreateHistogram<double>("media.sweep.duration", "s", "一次巡检（全部行政区划）所用时间");

    /// <summary>Probe results by status (<c>ok</c>, <c>unreachable</c>, ... as in <c>ProbeStatuses</c>; <c>none</c> when nothing was probed).</summary>
    public static Counter<long> ProbeResults { get; } =
        Meter.CreateCounter<long>("media.probe.results", "{probe}", "采集结果，按状态计数");
}
