namespace Media.Application.Accounts;

/// <summary>Body of <c>POST /api/accounts</c> (also one row of an import). Dates are <c>yyyy-MM-dd</c>.</summary>
public sealed record FileAccountRequest(
    string? UnitCode,
    string? Platform,
    string? Handle,
    string? Name,
    string? Url,
    string? FeedUrl,
    string? OpenedOn,
    bool? Interaction,
    ContactRequest? Responsible,
    OperatorRequest? Operator,
    ApprovalRequest? Approval,
    string? ExceptionReason);

public sealed record ContactRequest(string? Name, string? Phone, string? Email);

public sealed record OperatorRequest(string? Name, string? Contact);

public sealed record ApprovalRequest(string? Authority, string? DocumentNo, string? ApprovedOn);

/// <summary>
/// Body of <c>POST /api/accounts/{id}/filings</c>: change, close or cancel. A change names only what changed: an absent
/// member, and an absent member of <c>responsible</c>, stays as filed; <c>approval</c> adds (or corrects) the approval.
/// </summary>
public sealed record LifecycleRequest(string? Kind, string? EffectiveOn, ChangesRequest? Changes, string? Reason);

public sealed record ChangesRequest(
    string? Name,
    string? Url,
    string? FeedUrl,
    bool? Interaction,
    ContactRequest? Responsible,
    OperatorRequest? Operator,
    ApprovalRequest? Approval = null);
