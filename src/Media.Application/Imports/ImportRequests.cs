using Media.Application.Accounts;

namespace Media.Application.Imports;

/// <summary>
/// Body of <c>POST /api/imports/accounts</c>: the rows of a survey sheet (摸底表), each shaped like
/// <c>POST /api/accounts</c>. With <c>dryRun</c> the rows are checked and nothing is filed. <c>onExisting</c> says what
/// a row whose account is already filed does: <c>refuse</c> (the default) refuses the sheet, <c>skip</c> skips the row.
/// </summary>
public sealed record ImportAccountsRequest(IReadOnlyList<FileAccountRequest?>? Rows, bool? DryRun, string? OnExisting = null);

/// <summary>
/// What an import did. <c>Accounts</c> lists the filed rows (or, on a dry run, the rows that would be
/// filed with the findings they would get); <c>Failed</c> lists rows that passed every check but were
/// refused while filing, which only a concurrent filing of the same account can cause. <c>Skipped</c> lists the rows
/// whose account was already filed, not filed again: with <c>onExisting=skip</c>, or when <c>Resumed</c> (the same
/// sheet's earlier import was cut off, and these are the rows it had filed).
/// </summary>
public sealed record ImportResult(int Filed, bool DryRun, IReadOnlyList<ImportedAccount> Accounts, IReadOnlyList<RowProblem> Failed,
    IReadOnlyList<SkippedRow> Skipped, bool Resumed);

/// <summary>A row not filed because its account already is: its row number in the sheet (<see cref="SheetRows"/>: the first row sent is row 2) and the account id.</summary>
public sealed record SkippedRow(int Row, string Id);

/// <summary>One filed row: its row number in the sheet (<see cref="SheetRows"/>: the first row sent is row 2), the account id and its finding rule ids.</summary>
public sealed record ImportedAccount(int Row, string Id, IReadOnlyList<string> Findings);

/// <summary>
/// Why a row was refused: its row number in the sheet (<see cref="SheetRows"/>: the first row sent is row 2), the account id when the platform and
/// handle were readable, and the field errors (unprefixed, e.g. <c>responsible.phone</c>).
/// </summary>
public sealed record RowProblem(int Row, string? Id, IReadOnlyDictionary<string, string[]> Errors);
