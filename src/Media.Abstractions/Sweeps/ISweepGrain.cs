using Media.Abstractions.Monitoring;

namespace Media.Abstractions.Sweeps;

/// <summary>
/// One sweep slot (e.g. <c>sweep/2026-11-26</c>). Single activation and a persisted "done" marker make
/// the slot's work run once, however many silos' schedulers fire for it.
/// </summary>
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs the sweep as of <paramref name="at"/> over the region indexes within <paramref name="scope"/> (a region code;
    /// null: all) unless this slot already ran; returns its result.
    /// </summary>
    Task<SweepResult> RunAsync(DateTimeOffset at, string? scope = null);

    /// <summary>The result if the slot ran, else null.</summary>
    Task<SweepResult?> GetAsync();
}

/// <summary>The outcome of a sweep slot.</summary>
[GenerateSerializer, Immutable, Alias("media.sweep-result")]
public sealed record SweepResult(
    [property: Id(0)] string Slot,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] SweepCounts Counts,
    [property: Id(3)] long DurationMs,
    [property: Id(4)] DateTimeOffset CompletedAt,
    [property: Id(5)] int Regions);
