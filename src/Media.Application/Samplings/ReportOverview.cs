using Media.Domain.Sampling.Reports;

namespace Media.Application.Samplings;

/// <summary>The quarter's overview across a province's cities: 合格率 of each city's sampling, ranked (SPEC issue 18).</summary>
public sealed record ReportOverview(string Quarter, string QuarterName, string RegionCode, string RegionName, IReadOnlyList<RankedRegion> Regions);

/// <summary>The 通报 within reach and, when the list is of a province, the quarter's overview of its cities.</summary>
public sealed record ReportListing(IReadOnlyList<ReportEntry> Items, ReportOverview? Overview);
