namespace Media.SurveySheets;

/// <summary>
/// A sheet as read from the file, before any meaning is given to it: the header cells and the data rows.
/// Cells are strings from CSV; from Excel they may also be numbers, dates or booleans. A file that could
/// not be read to its end has a <see cref="Problem"/> and the rows before it.
/// </summary>
public sealed record RawSheet(IReadOnlyList<string?> Headers, IReadOnlyList<RawRow> Rows, string? Problem = null);

/// <summary>
/// A data row with its row number as Excel shows it: the header is row 1, so the first data row is row 2 (blank rows are
/// counted too). The API reports rows the same way, so the CLI, the page and a spreadsheet name a row alike.
/// </summary>
public sealed record RawRow(int Number, IReadOnlyList<object?> Cells)
{
    /// <summary>The number of the first data row, below the header.</summary>
    public const int FirstNumber = 2;

    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}
