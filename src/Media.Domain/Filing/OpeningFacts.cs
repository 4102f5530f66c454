using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Filing;

/// <summary>What the opening rules need to know about a new account's filing.</summary>
/// <param name="Level">Administrative level of the owning unit.</param>
/// <param name="Kind">Whether the unit is a government or one of its departments.</param>
/// <param name="UnitRegion">Region code of the unit's government (for a township, its county).</param>
/// <param name="Platform">A <see cref="Accounts.Platforms"/> id.</param>
/// <param name="OtherAccountsOnPlatform">How many other accounts the same unit already has on this platform.</param>
/// <param name="ApprovalAuthority">Region code of the approving general office, e.g. 440000.</param>
/// <param name="ApprovalDocumentNo">Reference number of the approval document.</param>
/// <param name="ExceptionReason">Why a unit that in principle may not open accounts does so.</param>
/// <param name="OpenedOn">Beijing date the account was opened.</param>
/// <param name="FiledAt">The instant the filing was submitted.</param>
/// <param name="ApprovedOn">Date of the approval document, when one is given.</param>
/// <param name="DiscoveredOn">Beijing date a supervisor discovered the account unfiled (<c>filing-missing</c>), if one did.</param>
public sealed record OpeningFacts(
    UnitLevel Level,
    UnitKind Kind,
    RegionCode UnitRegion,
    string Platform,
    int OtherAccountsOnPlatform,
    string? ApprovalAuthority,
    string? ApprovalDocumentNo,
    string? ExceptionReason,
    DateOnly OpenedOn,
    DateTimeOffset FiledAt,
    DateOnly? ApprovedOn = null,
    DateOnly? DiscoveredOn = null);
