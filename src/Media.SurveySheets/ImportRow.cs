namespace Media.SurveySheets;

/// <summary>One row as sent to <c>POST /api/imports/accounts</c>; the shape of <c>POST /api/accounts</c>.</summary>
public sealed record ImportRow(
    string? UnitCode,
    string? Platform,
    string? Handle,
    string? Name,
    string? Url,
    string? FeedUrl,
    string? OpenedOn,
    bool? Interaction,
    ContactRow Responsible,
    OperatorRow? Operator,
    ApprovalRow? Approval,
    string? ExceptionReason)
{
    /// <summary>The account id the server will use, when the row names one, for reports.</summary>
    public string? Id => string.IsNullOrEmpty(Platform) || string.IsNullOrEmpty(Handle) ? null : $"{Platform}:{Handle}";
}

public sealed record ContactRow(string? Name, string? Phone, string? Email);

public sealed record OperatorRow(string? Name, string? Contact);

public sealed record ApprovalRow(string? Authority, string? DocumentNo, string? ApprovedOn);

/// <summary>A problem found in a row before anything is sent: the sheet row number, the column and why.</summary>
public sealed record LocalProblem(int Row, string? Id, string Field, string Message);
