using Media.Application.Imports;
using Media.SurveySheets;

namespace Media.Silo.Web.Pages.Imports;

/// <summary>One problem of an uploaded sheet as the page lists it: the Excel row, the record it names, the column's Chinese name.</summary>
public sealed record SheetFinding(int? Row, string? Id, string Field, string Message);

/// <summary>Turns the reader's and the import's problems into the page's rows, named as the operator sees the sheet.</summary>
public static class SheetFindings
{
    public static IReadOnlyList<SheetFinding> Local(RawSheet raw, MappedSheet sheet, SheetKind kind) =>
    [
        .. raw.Problem is { } file ? [new SheetFinding(null, null, "文件", file)] : Array.Empty<SheetFinding>(),
        .. sheet.HeaderProblems.Select(p => new SheetFinding(1, null, "表头", p)),
        .. sheet.Problems.Select(p => new SheetFinding(p.Row, p.Id, Title(kind, p.Field), p.Message)),
    ];

    /// <summary>The import's row problems, their server row numbers mapped to the file's (blank rows were not sent).</summary>
    public static IReadOnlyList<SheetFinding> Server(IEnumerable<RowProblem> rows, IReadOnlyList<int> numbers, SheetKind kind) =>
    [
        .. rows.SelectMany(row => row.Errors.SelectMany(e => e.Value.Select(message =>
            new SheetFinding(FileRow(numbers, row.Row), row.Id, Title(kind, e.Key), message)))),
    ];

    /// <summary>The file's row number of a row the server numbered (<see cref="SheetRows"/>).</summary>
    public static int FileRow(IReadOnlyList<int> numbers, int serverRow) =>
        SheetRows.Index(serverRow) is var i && i >= 0 && i < numbers.Count ? numbers[i] : serverRow;

    // columns[1].url (from the 栏目 cell) is named by its column and the rest of the path.
    private static string Title(SheetKind kind, string field)
    {
        var list = field.IndexOf('[', StringComparison.Ordinal);
        var id = list > 0 ? field[..list] : field;
        return kind.Columns.FirstOrDefault(c => c.Id == id) is { } column ? column.Title + (list > 0 ? field[list..] : string.Empty) : field;
    }
}
