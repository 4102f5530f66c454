namespace Media.Cli.Server;

/// <summary>The body of <c>POST /api/imports/accounts</c>; <c>OnExisting</c> is <c>skip</c>, <c>refuse</c>, <c>update</c> or null (the server's default).</summary>
internal sealed record ImportRequest<TRow>(IReadOnlyList<TRow> Rows, bool DryRun, string? OnExisting);

/// <summary>
/// A 200 answer: what was filed (or, on a dry run, would be), rows refused while filing, and rows skipped because their
/// account was already filed (with <c>--on-existing skip</c>, or when <c>Resumed</c>: the sheet's last import was cut off);
/// with <c>--on-existing update</c>, the filed rows that got (would get) a change filing and those that matched their record.
/// </summary>
internal sealed record ImportResponse(int Filed, bool DryRun, IReadOnlyList<ImportedAccount> Accounts, IReadOnlyList<RowProblem> Failed,
    IReadOnlyList<SkippedRow>? Skipped = null, bool Resumed = false, IReadOnlyList<UpdatedRow>? Updated = null,
    IReadOnlyList<SkippedRow>? Unchanged = null);

/// <summary>A row whose filed record was changed: its server row number, the id and the items before and after.</summary>
internal sealed record UpdatedRow(int Row, string Id, IReadOnlyList<ChangedItem> Changes);

/// <summary>One changed item under its API field name (<c>responsible.phone</c>); null for an empty value.</summary>
internal sealed record ChangedItem(string Field, string? Before, string? After);

/// <summary>A row not filed because its account already is: its position in the request (1-based) and the account id.</summary>
internal sealed record SkippedRow(int Row, string Id);

/// <summary>A filed row: its position in the request (1-based), the account id and its finding rule ids.</summary>
internal sealed record ImportedAccount(int Row, string Id, IReadOnlyList<string> Findings);

/// <summary>A refused row: its position in the request (1-based), the account id if known, and field errors.</summary>
internal sealed record RowProblem(int Row, string? Id, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>An RFC 7807 problem; <c>rows</c> is set when the server refused an import row by row.</summary>
internal sealed record Problem(string? Title, string? Detail, int? Status, IReadOnlyDictionary<string, string[]>? Errors,
    IReadOnlyList<RowProblem>? Rows);

/// <summary>
/// The answer of <c>GET /api/imports/runs/{id}</c>: <c>State</c> is <c>running</c>, <c>done</c> (<c>Result</c>), <c>refused</c>
/// (<c>Problem</c>, as a synchronous import's 400) or <c>failed</c> (<c>Error</c>); <c>Stage</c> (检查, 备案) with its rows done out of its total.
/// </summary>
internal sealed record ImportRunResponse(string Id, string State, string Stage, int Done, int Total, ImportResponse? Result,
    Problem? Problem, string? Error);

internal sealed record TokenRequest(string Username, string Password);

internal sealed record TokenResponse(string Token);

/// <summary>The answer of <c>GET /api/audit/verify</c>.</summary>
internal sealed record AuditVerifyResponse(bool Ok, long Rows, long LegacyRows, long? FirstBrokenAt, string? Problem, string? Head, int Lanes);
