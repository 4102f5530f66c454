using System.Collections.Immutable;

namespace Media.Abstractions.Sampling;

/// <summary>One sampling per quarter and jurisdiction, keyed <c>{quarter}-{regionCode}</c>.</summary>
public interface ISamplingGrain : IGrainWithStringKey
{
    Task<SamplingRecord?> GetAsync();

    /// <summary>Draws and stores the sample; null when this quarter and region were sampled already.</summary>
    Task<SamplingRecord?> CreateAsync(SamplingRequest request);

    /// <summary>Records (or replaces) the inspection of one account; null when the account is in neither list.</summary>
    Task<SamplingRecord?> InspectAsync(InspectionRecord inspection);

    /// <summary>
    /// Records (or replaces) many inspections in one write of the sampling; null, and nothing recorded, when any account
    /// is in neither list. One write per batch instead of one per inspection: the state holds the whole sample.
    /// </summary>
    Task<SamplingRecord?> InspectManyAsync(ImmutableArray<InspectionRecord> inspections);
}

/// <summary>What the supervisor asked for; the seed is already chosen (given, or derived by the API).</summary>
[GenerateSerializer, Immutable, Alias("media.sampling-request")]
public sealed record SamplingRequest(
    [property: Id(0)] decimal Ratio,
    [property: Id(1)] string Seed,
    [property: Id(2)] bool SeedDerived,
    [property: Id(3)] string Actor);
