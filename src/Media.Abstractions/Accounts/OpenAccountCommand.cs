using Media.Abstractions.Websites;

namespace Media.Abstractions.Accounts;

/// <summary>
/// A validated request to file the opening (开设备案) of an account. (Id 6 was a bulk-import memory hint, now
/// <see cref="BulkImport"/>; it is not reused.)
/// </summary>
[GenerateSerializer, Immutable, Alias("media.open-account")]
public sealed record OpenAccountCommand(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] AccountProfile Profile,
    [property: Id(2)] DateOnly OpenedOn,
    [property: Id(3)] ApprovalRecord? Approval,
    [property: Id(4)] string? ExceptionReason,
    [property: Id(5)] string Actor,
    [property: Id(7)] WebsiteProfile? Website = null);
