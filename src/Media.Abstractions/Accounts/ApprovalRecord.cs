namespace Media.Abstractions.Accounts;

/// <summary>The approval of a new account: the approving general office's region code, document, date.</summary>
[GenerateSerializer, Immutable, Alias("media.approval")]
public sealed record ApprovalRecord(
    [property: Id(0)] string Authority,
    [property: Id(1)] string DocumentNo,
    [property: Id(2)] DateOnly ApprovedOn);
