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
/// <see cref="Passed"/> is null while it is not inspected; <see cref="Website"/> is a website's score once inspected.
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
    IReadOnlyList<ReportProblem> Problems,
    ReportWebsiteScore? Website = null)
{
    public bool IsWebsite => Platform == Accounts.Platforms.Website;
}

/// <summary>A confirmed problem: its rule (or <c>other</c>) and the inspector's note.</summary>
public sealed record ReportProblem(string Rule, string? Note);

/// <summary>A website's score, its deduction lines and the footer identifiers found missing (ids of <see cref="SiteIdentifiers"/>).</summary>
public sealed record ReportWebsiteScore(decimal Score, IReadOnlyList<ReportDeduction> Deductions, IReadOnlyList<string> MissingIdentifiers)
{
    /// <summary>The score relies on points the sheet marks unconfirmed (未确认分值).</summary>
    public bool UsesUnconfirmed => Deductions.Any(d => !d.Confirmed);
}

/// <summary>A deduction line: the sheet item's name, times applied, points per time, confirmed or not.</summary>
public sealed record ReportDeduction(string Name, int Times, decimal Points, bool Confirmed);
