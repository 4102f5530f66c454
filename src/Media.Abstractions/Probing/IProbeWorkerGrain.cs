namespace Media.Abstractions.Probing;

/// <summary>Probes one account and records the outcome on it (a stateless worker: many run in parallel).</summary>
public interface IProbeWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>The collector status (<c>ok</c>, <c>blocked</c>, …), or <c>none</c> when the account has no source.</summary>
    Task<string> ProbeAsync(string accountId);
}
