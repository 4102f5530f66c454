using Media.Abstractions.Sampling;
using Media.Domain.Sampling;

namespace Media.Application.Samplings;

/// <summary>Body of <c>POST /api/samplings</c>.</summary>
public sealed record CreateSamplingRequest(string? Quarter, string? RegionCode, decimal? Ratio, string? Seed);

/// <summary>
/// Body of <c>POST /api/samplings/{id}/inspections</c>. For a website, <see cref="Deductions"/> are lines of the deduction
/// sheet and <see cref="MissingIdentifiers"/> the footer identifiers found missing; its verdict follows from its score, so
/// <see cref="Passed"/> may be left out.
/// </summary>
public sealed record InspectionRequest(string? AccountId, bool? Passed, IReadOnlyList<FindingInput?>? Findings, bool? GoodExample = null,
    IReadOnlyList<DeductionInput?>? Deductions = null, IReadOnlyList<string?>? MissingIdentifiers = null);

/// <summary>A stratum as the API shows it.</summary>
public sealed record StratumView(string Platform, int Population, int Sampled);

/// <summary>A sampling as the API shows it (SPEC §5.1), with inspection progress.</summary>
public sealed record SamplingView(
    string Id, string Quarter, string RegionCode, string RegionName, decimal Ratio, int Population, int SampleSize, string Seed,
    bool SeedDerived, IReadOnlyList<StratumView> Strata, IReadOnlyList<string> Accounts, IReadOnlyList<string> Recheck,
    int Inspected, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static SamplingView From(SamplingRecord s, string regionName) => new(s.Id, s.Quarter, s.RegionCode, regionName, s.Ratio,
        s.Population, s.SampleSize, s.Seed, s.SeedDerived, [.. s.Strata.Select(t => new StratumView(t.Platform, t.Population, t.Sampled))],
        [.. s.Accounts.Select(a => a.AccountId)], [.. s.Recheck.Select(a => a.AccountId)], s.Inspections.Length, s.CreatedAt, s.CreatedBy);
}
