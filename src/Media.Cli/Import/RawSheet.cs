namespace Media.Cli.Import;

/// <summary>
/// A sheet as read from the file, before any meaning is given to it: the header cells and the data rows.
/// Cells are strings from CSV; from Excel they may also be numbers, dates or booleans. A file that could
/// not be read to its end has a <see cref="Problem"/> and the rows before it.
/// </summary>
internal sealed record RawSheet(IReadOnlyList<string?> Headers, IReadOnlyList<RawRow> Rows, string? Problem = null);

/// <summary>A data row with its 1-based data row number (the header is not counted; blank rows are).</summary>
internal sealed record RawRow(int Number, IReadOnlyList<object?> Cells)
{
    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}
