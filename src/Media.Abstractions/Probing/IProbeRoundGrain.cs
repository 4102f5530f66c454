namespace Media.Abstractions.Probing;

/// <summary>
/// One probe round slot (e.g. <c>probe/2026-11-26T10:10</c>): probes the accounts that are due, at most a
/// bounded number, once per slot however many silos fire it.
/// </summary>
public interface IProbeRoundGrain : IGrainWithStringKey
{
    /// <summary>Probes the accounts due at <paramref name="at"/> unless this slot already ran.</summary>
    Task<ProbeRoundResult> RunAsync(DateTimeOffset at, TimeSpan every, int max);

    /// <summary>The result if the slot ran, else null.</summary>
    Task<ProbeRoundResult?> GetAsync();
}

/// <summary>What a probe round did: accounts probed, and how many read fine or hit a gap.</summary>
[GenerateSerializer, Immutable, Alias("media.probe-round-result")]
public sealed record ProbeRoundResult(
    [property: Id(0)] string Slot,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int Probed,
    [property: Id(3)] int Ok,
    [property: Id(4)] int Gaps,
    [property: Id(5)] long DurationMs);
