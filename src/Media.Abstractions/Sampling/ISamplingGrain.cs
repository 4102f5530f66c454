using System.Collections.Immutable;

namespace Media.Abstractions.Sampling;

/// <summary>One sampling per quarter and jurisdiction, keyed <c>{quarter}-{regionCode}</c>.</summary>
public interface ISamplingGrain : IGrainWithStringKey
{
    Task<SamplingRecord?> GetAsync();

    /// <summary>Draws and stores the sample; null when this quarter and region were sampled already.</summary>
    Task<SamplingRecord?> CreateAsync(SamplingRequest request);

    /// <summary>The sampling as drawn, without its inspections: what an inspection needs to check its account against.</summary>
    Task<SamplingRecord?> GetDrawAsync();

    /// <summary>Records (or replaces) the inspection of one account; null when the account is in neither list.</summary>
    Task<InspectionsKept?> InspectAsync(InspectionRecord inspection);

    /// <summary>
    /// Records (or replaces) many inspections in one write of their rows; null, and nothing recorded, when any account is
    /// in neither list. The later of two inspections of one account wins.
    /// </summary>
    Task<InspectionsKept?> InspectManyAsync(ImmutableArray<InspectionRecord> inspections);
}

/// <summary>What the supervisor asked for; the seed is already chosen (given, or derived by the API).</summary>
[GenerateSerializer, Immutable, Alias("media.sampling-request")]
public sealed record SamplingRequest(
    [property: Id(0)] decimal Ratio,
    [property: Id(1)] string Seed,
    [property: Id(2)] bool SeedDerived,
    [property: Id(3)] string Actor);

/// <summary>
/// What recording inspections answers: the inspections they replaced (one per account that had one), the progress, and the
/// next account to inspect (null when every one is), never the whole sample.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.inspections-kept")]
public sealed record InspectionsKept(
    [property: Id(0)] ImmutableArray<InspectionRecord> Replaced,
    [property: Id(1)] int Inspected,
    [property: Id(2)] int ToInspect,
    [property: Id(3)] string? NextToInspect)
{
    /// <summary>The inspection of <paramref name="accountId"/> that was replaced, if any.</summary>
    public InspectionRecord? ReplacedOf(string accountId) => Replaced.FirstOrDefault(i => i.AccountId == accountId);
}
