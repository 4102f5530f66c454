using Media.Application.Accounts;

namespace Media.Application.Imports;

/// <summary>
/// Body of <c>POST /api/imports/accounts</c>: the rows of a survey sheet (摸底表), each shaped like
/// <c>POST /api/accounts</c>. With <c>dryRun</c> the rows are checked and nothing is filed.
/// </summary>
public sealed record ImportAccountsRequest(IReadOnlyList<FileAccountRequest?>? Rows, bool? DryRun);

/// <summary>
/// What an import did. <c>Accounts</c> lists the filed rows (or, on a dry run, the rows that would be
/// filed with the findings they would get); <c>Failed</c> lists rows that passed every check but were
/// refused while filing, which only a concurrent filing of the same account can cause.
/// </summary>
public sealed record ImportResult(int Filed, bool DryRun, IReadOnlyList<ImportedAccount> Accounts, IReadOnlyList<RowProblem> Failed);

/// <summary>One filed row: its 1-based row number in the request, the account id and its finding rule ids.</summary>
public sealed record ImportedAccount(int Row, string Id, IReadOnlyList<string> Findings);

/// <summary>
/// Why a row was refused: its 1-based row number in the request, the account id when the platform and
/// handle were readable, and the field errors (unprefixed, e.g. <c>responsible.phone</c>).
/// </summary>
public sealed record RowProblem(int Row, string? Id, IReadOnlyDictionary<string, string[]> Errors);
