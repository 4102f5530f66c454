namespace Media.Abstractions.Alerts;

/// <summary>
/// The one mail sender of the cluster (a single grain, so two silos never send the same mail at once):
/// turns new alerts into mails for the right people and sends what is due.
/// </summary>
public interface IMailDispatcherGrain : IGrainWithIntegerKey
{
    /// <summary>Routes new alerts and sends every mail that is due.</summary>
    Task<DispatchReport> PumpAsync();

    /// <summary>Queues the daily digest of <paramref name="day"/> (Beijing) for every supervisor who wants one.</summary>
    Task<int> QueueDigestsAsync(DateOnly day);

    /// <summary>Queues the weekly summary (一周一点评) of the seven days before <paramref name="monday"/>.</summary>
    Task<int> QueueWeeklySummariesAsync(DateOnly monday);

    /// <summary>Reminds every supervisor that the quarter's sampling is due (once per quarter and supervisor).</summary>
    Task<int> QueueSamplingRemindersAsync(string quarter);
}

/// <summary>What one pump did.</summary>
[GenerateSerializer, Immutable, Alias("media.dispatch-report")]
public sealed record DispatchReport(
    [property: Id(0)] int Routed,
    [property: Id(1)] int Queued,
    [property: Id(2)] int Sent,
    [property: Id(3)] int Failed);
