using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Validation;

namespace Media.Application.Imports;

/// <summary>
/// What a sheet's rows are (账号 or 网站): the only part of an import that differs between them. The rest, checking every
/// row first, the sheet's resumable run, <c>onExisting</c>, filing and the report, is <see cref="SheetImport"/>'s.
/// </summary>
/// <param name="Noun">What one row files, in the report's messages (账号, 网站).</param>
/// <param name="IdField">The field an already-filed or repeated row is reported under (<c>handle</c>, <c>siteIdCode</c>).</param>
/// <param name="IdOf">The record id a row names, worked out even when its other fields are wrong, so the report names it.</param>
/// <param name="Read">
/// The row's fields (given the actor and today's Beijing date) as an opening to file once its unit is known, or null with
/// the errors added.
/// </param>
/// <param name="ChangesOf">
/// With <c>onExisting=update</c>: what the row's opening (as <paramref name="Read"/> made it) changes in its filed record
/// (<see cref="ImportChanges"/>); empty when the row matches the record.
/// </param>
internal sealed record ImportKind<TRow>(
    string Noun,
    string IdField,
    Func<TRow, string?> IdOf,
    Func<TRow, string, DateOnly, FieldErrors, ImportableRow?> Read,
    Func<TRow, AccountSnapshot, OpenAccountCommand, AccountChanges> ChangesOf)
    where TRow : class;

/// <summary>
/// A row whose fields are valid: its unit, its opening date, and the grain command it becomes given its unit (a website
/// without a named person is answered for by its unit).
/// </summary>
internal sealed record ImportableRow(string UnitCode, DateOnly OpenedOn, Func<UnitRecord, OpenAccountCommand> Command);
