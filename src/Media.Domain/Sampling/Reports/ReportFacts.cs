using Media.Domain.Regions;

namespace Media.Domain.Sampling.Reports;

/// <summary>
/// What a 通报 is written from: the sampling as drawn and inspected, with the names a document must show
/// (主办单位, sub-regions) already looked up, so the model itself needs no grains.
/// </summary>
public sealed record ReportFacts(
    string Quarter,
    RegionCode Jurisdiction,
    decimal Ratio,
    int Population,
    int SampleSize,
    string Seed,
    bool SeedDerived,
    IReadOnlyList<Stratum> Strata,
    IReadOnlyList<ReportAccount> Sample,
    IReadOnlyList<ReportAccount> Recheck,
    decimal? PreviousPassRate,
    DateOnly IssuedOn);

/// <summary>
/// A sampled or re-checked account as the document names it: by its 主办单位 and account name, never its id.
/// <see cref="Passed"/> is null while it is not inspected.
/// </summary>
public sealed record ReportAccount(
    string AccountId,
    string Name,
    string Platform,
    RegionCode Region,
    RegionCode SubRegion,
    string UnitName,
    bool? Passed,
    bool GoodExample,
    IReadOnlyList<ReportProblem> Problems);

/// <summary>A confirmed problem: its rule (or <c>other</c>) and the inspector's note.</summary>
public sealed record ReportProblem(string Rule, string? Note);
