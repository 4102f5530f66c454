namespace Media.Domain.Sampling.Reports;

/// <summary>
/// The parts of a 通报 (SPEC §3.7), in the order an office writes them: frame (jurisdiction, quarter, issuing
/// date), basis (ratio actually used, running population, sample), results overall with 环比, by level and by
/// sub-region, commendations, problems by type, re-check verdicts, one deadline, the annex and the 抽样说明.
/// The figures count accounts (政务新媒体); the websites (政府网站) have their own section, <see cref="Websites"/>, as in
/// the seed's 通报, since they are scored otherwise (a 100-point sheet) and a blended rate would mean neither. The
/// platform table and the strata list every stratum, 政府网站 included. Wording is not here: the templates in <c>silo-config/reports</c> turn these facts into sentences.
/// </summary>
public sealed record Tongbao(
    bool Draft,
    int Uninspected,
    string Quarter,
    string QuarterName,
    string RegionName,
    string RegionOwnName,
    string JurisdictionLevel,
    IReadOnlyList<string> SubRegionKinds,
    decimal Ratio,
    int Population,
    int SampleSize,
    int Checked,
    int Failed,
    decimal? PassRate,
    string? PreviousQuarterName,
    decimal? PreviousPassRate,
    decimal? DeltaPoints,
    IReadOnlyList<TongbaoGroup> ByLevel,
    IReadOnlyList<TongbaoGroup> BySubRegion,
    IReadOnlyList<TongbaoGroup> ByPlatform,
    IReadOnlyList<string> PerfectSubRegions,
    IReadOnlyList<string> PerfectUnits,
    IReadOnlyList<NamedAccount> GoodExamples,
    IReadOnlyList<ProblemGroup> Problems,
    RecheckVerdict Recheck,
    DateOnly IssuedOn,
    DateOnly Deadline,
    IReadOnlyList<AnnexRow> Annex,
    SamplingNote Appendix,
    TongbaoWebsites Websites);

/// <summary>
/// Checked, failed and pass rate of a level, sub-region or platform. <see cref="Rate"/> is null when fewer than
/// <see cref="TongbaoBuilder.MinAccountsForRate"/> accounts were checked in a group whose rate would mislead.
/// </summary>
public sealed record TongbaoGroup(string Key, string Name, int Checked, int Failed, decimal? Rate);

/// <summary>An account as the document names it: region, 主办单位, account name and platform.</summary>
public sealed record NamedAccount(string Region, string Unit, string Account, string Platform);

/// <summary>One type of problem (单项否决 before 扣分) and the accounts found with it.</summary>
public sealed record ProblemGroup(string Type, bool Veto, IReadOnlyList<ProblemItem> Items);

/// <summary>An account with one problem, and what the inspector wrote about it.</summary>
public sealed record ProblemItem(NamedAccount Account, string? Detail);

/// <summary>复查N个，已整改M个，仍不合格K个 (and how many are still to inspect), with the repeat offenders named.</summary>
public sealed record RecheckVerdict(int Total, int Rectified, int StillFailing, int Pending, IReadOnlyList<NamedAccount> RepeatOffenders,
    IReadOnlyList<RecheckItem> Items);

/// <summary>A re-checked account and its verdict (null: not re-checked yet).</summary>
public sealed record RecheckItem(NamedAccount Account, bool? Passed);

/// <summary>A row of the annex list of failing accounts.</summary>
public sealed record AnnexRow(int Number, string Region, string Unit, string Account, string Platform, string Problems, bool Veto);

/// <summary>The 抽样说明: how the sample was drawn, so anyone can reproduce it; the seed appears here only.</summary>
public sealed record SamplingNote(string Seed, bool SeedDerived, decimal Ratio, IReadOnlyList<StratumNote> Strata);

/// <summary>A platform's population and sample.</summary>
public sealed record StratumNote(string Platform, int Population, int Sampled);

/// <summary>
/// The websites' section (SPEC §3.6): running population, sample, checked, failed and their own pass rate; problems by
/// type naming site and 主办单位 (missing identifiers under 网站标识不规范); the identifiers each site lacks; every sampled
/// site's score, and how many scores rely on unconfirmed points.
/// </summary>
public sealed record TongbaoWebsites(int Population, int SampleSize, int Checked, int Failed, decimal? PassRate,
    IReadOnlyList<ProblemGroup> Problems, IReadOnlyList<IdentifierGap> MissingIdentifiers, IReadOnlyList<WebsiteRow> Sites, int UnconfirmedScores);

/// <summary>A site and what its footer lacks, as a 通报 says it: 网站标识码、ICP备案编号缺失.</summary>
public sealed record IdentifierGap(NamedAccount Site, string Missing);

/// <summary>A sampled website in the websites table: its score (null until inspected) and what it rests on.</summary>
public sealed record WebsiteRow(int Number, string Region, string Unit, string Site, decimal? Score, bool? Passed, bool UsesUnconfirmed,
    string Vetoes, string Deductions, string MissingIdentifiers);
