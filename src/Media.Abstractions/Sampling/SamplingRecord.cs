using System.Collections.Immutable;

namespace Media.Abstractions.Sampling;

/// <summary>A quarter's sampling inspection (抽查) of one jurisdiction: the draw, its seed and the inspections so far.</summary>
[GenerateSerializer, Immutable, Alias("media.sampling")]
public sealed record SamplingRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string Quarter,
    [property: Id(2)] string RegionCode,
    [property: Id(3)] decimal Ratio,
    [property: Id(4)] string Seed,
    [property: Id(5)] bool SeedDerived,
    [property: Id(6)] int Population,
    [property: Id(7)] int SampleSize,
    [property: Id(8)] ImmutableArray<StratumRecord> Strata,
    [property: Id(9)] ImmutableArray<SampledAccount> Accounts,
    [property: Id(10)] ImmutableArray<SampledAccount> Recheck,
    [property: Id(11)] string CreatedBy,
    [property: Id(12)] DateTimeOffset CreatedAt,
    [property: Id(13)] ImmutableArray<InspectionRecord> Inspections)
{
    /// <summary>The grain key and API id: <c>2026Q4-440100</c>.</summary>
    public static string IdFor(string quarter, string regionCode) => $"{quarter}-{regionCode}";

    public InspectionRecord? InspectionOf(string accountId) => Inspections.FirstOrDefault(i => i.AccountId == accountId);

    /// <summary>
    /// The inspections by account id, for a pass over the whole sample: <see cref="InspectionOf"/> in a loop is a scan per
    /// account, quadratic over a province's sample (300,000 accounts at the 30% minimum ratio).
    /// </summary>
    public Dictionary<string, InspectionRecord> InspectionsByAccount() => Inspections.ToDictionary(i => i.AccountId, StringComparer.Ordinal);

    /// <summary>Every account to inspect: the sample, then the re-check list.</summary>
    public IEnumerable<SampledAccount> ToInspect => Accounts.Concat(Recheck);

    /// <summary>The account of <paramref name="accountId"/> if it is to be inspected.</summary>
    public SampledAccount? Member(string? accountId) => ToInspect.FirstOrDefault(a => a.AccountId == accountId);

    /// <summary>The first account not inspected yet, in <see cref="ToInspect"/> order; null when all are.</summary>
    public SampledAccount? NextToInspect
    {
        get
        {
            var inspected = InspectionsByAccount();
            return ToInspect.FirstOrDefault(a => !inspected.ContainsKey(a.AccountId));
        }
    }

    /// <summary>The accounts (sampled or re-checked) whose inspection failed: next quarter's re-check list.</summary>
    public IEnumerable<SampledAccount> Failures
    {
        get
        {
            var failed = Inspections.Where(i => !i.Passed).Select(i => i.AccountId).ToHashSet(StringComparer.Ordinal);
            return ToInspect.Where(a => failed.Contains(a.AccountId)).DistinctBy(a => a.AccountId);
        }
    }
}

/// <summary>One platform's share: accounts in the population and in the sample.</summary>
[GenerateSerializer, Immutable, Alias("media.stratum")]
public sealed record StratumRecord(
    [property: Id(0)] string Platform,
    [property: Id(1)] int Population,
    [property: Id(2)] int Sampled);

/// <summary>An account in a sample or in the re-check list, with what the report needs to show it.</summary>
[GenerateSerializer, Immutable, Alias("media.sampled-account")]
public sealed record SampledAccount(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string Platform,
    [property: Id(2)] string RegionCode,
    [property: Id(3)] string SubRegion,
    [property: Id(4)] string Name,
    [property: Id(5)] string UnitCode);

/// <summary>
/// An inspector's verdict on one account: pass or fail, with the findings confirmed or added; a passing account may be
/// marked a good example (典型), which the 通报 commends. A website's inspection also keeps its score
/// (<see cref="Website"/>; null for an account, and for inspections kept before websites were scored).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.inspection")]
public sealed record InspectionRecord(
    [property: Id(0)] string AccountId,
    [property: Id(1)] bool Passed,
    [property: Id(2)] ImmutableArray<InspectionFinding> Findings,
    [property: Id(3)] string Inspector,
    [property: Id(4)] DateTimeOffset InspectedAt,
    [property: Id(5)] bool GoodExample = false,
    [property: Id(6)] WebsiteScoreRecord? Website = null);

/// <summary>
/// A website's score as inspected (SPEC §3.6): 100 less the deduction lines, or failed by a confirmed veto; the lines keep
/// the sheet's names, points and confirmation of the day, so a later edit of the sheet does not rewrite a past 通报.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.website-score")]
public sealed record WebsiteScoreRecord(
    [property: Id(0)] decimal Score,
    [property: Id(1)] ImmutableArray<InspectionDeduction> Deductions,
    [property: Id(2)] ImmutableArray<string> MissingIdentifiers)
{
    /// <summary>The score relies on points the sheet marks unconfirmed (未确认分值).</summary>
    public bool UsesUnconfirmed => Deductions.Any(d => !d.Confirmed);
}

/// <summary>One deduction line: the sheet item, times applied, points per time, and whether those points are confirmed.</summary>
[GenerateSerializer, Immutable, Alias("media.inspection-deduction")]
public sealed record InspectionDeduction(
    [property: Id(0)] string Item,
    [property: Id(1)] string Name,
    [property: Id(2)] int Times,
    [property: Id(3)] decimal Points,
    [property: Id(4)] bool Confirmed);

/// <summary>A problem the inspector records: a rule and a note; machine findings are confirmed or overridden.</summary>
[GenerateSerializer, Immutable, Alias("media.inspection-finding")]
public sealed record InspectionFinding(
    [property: Id(0)] string Rule,
    [property: Id(1)] string? Note,
    [property: Id(2)] bool Confirmed);
