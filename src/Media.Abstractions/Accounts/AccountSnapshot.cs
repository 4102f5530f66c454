using System.Collections.Immutable;
using Media.Abstractions.Websites;

namespace Media.Abstractions.Accounts;

/// <summary>
/// An account's filing record as stored and as returned: identity, owner, profile and history. <see cref="Website"/> is set
/// only for a government website (platform <c>website</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.account-snapshot")]
public sealed record AccountSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] string Platform,
    [property: Id(2)] string Handle,
    [property: Id(3)] string UnitCode,
    [property: Id(4)] string RegionCode,
    [property: Id(5)] AccountProfile Profile,
    [property: Id(6)] DateOnly OpenedOn,
    [property: Id(7)] ApprovalRecord? Approval,
    [property: Id(8)] string? ExceptionReason,
    [property: Id(9)] AccountStatus Status,
    [property: Id(10)] ImmutableArray<FilingEntry> Filings,
    [property: Id(11)] ImmutableArray<FindingRecord> Findings,
    [property: Id(12)] WebsiteProfile? Website = null);
