namespace Media.Cli.Import;

/// <summary>One row as sent to <c>POST /api/imports/accounts</c>; the shape of <c>POST /api/accounts</c>.</summary>
internal sealed record ImportRow(
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

internal sealed record ContactRow(string? Name, string? Phone, string? Email);

internal sealed record OperatorRow(string? Name, string? Contact);

internal sealed record ApprovalRow(string? Authority, string? DocumentNo, string? ApprovedOn);

/// <summary>A problem found in a row before anything is sent: the sheet row number, the column and why.</summary>
internal sealed record LocalProblem(int Row, string? Id, string Field, string Message);
