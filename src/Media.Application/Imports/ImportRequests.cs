using Media.Abstractions.Accounts;
using Media.Application.Accounts;

namespace Media.Application.Imports;

/// <summary>
/// Body of <c>POST /api/imports/accounts</c>: the rows of a survey sheet (摸底表), each shaped like
/// <c>POST /api/accounts</c>. With <c>dryRun</c> the rows are checked and nothing is filed. <c>onExisting</c> says what
/// a row whose account is already filed does: <c>refuse</c> (the default) refuses the sheet, <c>skip</c> skips the row,
/// <c>update</c> files a change (变更) of the items that differ from the record, effective today, or reports it unchanged.
/// </summary>
public sealed record ImportAccountsRequest(IReadOnlyList<FileAccountRequest?>? Rows, bool? DryRun, string? OnExisting = null);

/// <summary>
/// What an import did. <c>Accounts</c> lists the filed rows (or, on a dry run, the rows that would be
/// filed with the findings they would get); <c>Failed</c> lists rows that passed every check but were
/// refused while filing, which only a concurrent filing of the same account can cause. <c>Skipped</c> lists the rows
/// whose account was already filed, not filed again: with <c>onExisting=skip</c>, or when <c>Resumed</c> (the same
/// sheet's earlier import was cut off, and these are the rows it had filed). With <c>onExisting=update</c>, <c>Updated</c>
/// lists the rows whose record got a change filing (on a dry run, would get) with its before→after items, and
/// <c>Unchanged</c> the rows that match their record, not filed; a change refused while filing is in <c>Failed</c>.
/// </summary>
public sealed record ImportResult(int Filed, bool DryRun, IReadOnlyList<ImportedAccount> Accounts, IReadOnlyList<RowProblem> Failed,
    IReadOnlyList<SkippedRow> Skipped, bool Resumed)
{
    public IReadOnlyList<UpdatedRow> Updated { get; init; } = [];

    public IReadOnlyList<UnchangedRow> Unchanged { get; init; } = [];
}

/// <summary>
/// A row whose record got a change filing: its sheet row, the record id, and the items changed as the record's history
/// shows them (<c>responsible.phone</c>: before → after).
/// </summary>
public sealed record UpdatedRow(int Row, string Id, IReadOnlyList<FieldDifference> Changes);

/// <summary>A row that matches its filed record, so no change was filed: its sheet row and the record id.</summary>
public sealed record UnchangedRow(int Row, string Id);

/// <summary>A row not filed because its account already is: its row number in the sheet (<see cref="SheetRows"/>: the first row sent is row 2) and the account id.</summary>
public sealed record SkippedRow(int Row, string Id);

/// <summary>One filed row: its row number in the sheet (<see cref="SheetRows"/>: the first row sent is row 2), the account id and its finding rule ids.</summary>
public sealed record ImportedAccount(int Row, string Id, IReadOnlyList<string> Findings);

/// <summary>
/// Why a row was refused: its row number in the sheet (<see cref="SheetRows"/>: the first row sent is row 2), the account id when the platform and
/// handle were readable, and the field errors (unprefixed, e.g. <c>responsible.phone</c>).
/// </summary>
public sealed record RowProblem(int Row, string? Id, IReadOnlyDictionary<string, string[]> Errors);
