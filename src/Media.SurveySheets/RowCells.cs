namespace Media.SurveySheets;

/// <summary>One row's cells looked up by field id, collecting the cells that could not be read.</summary>
public sealed class RowCells(RawRow row, IReadOnlyDictionary<string, int> columns)
{
    private readonly List<(string Field, string Message)> _problems = [];

    public IReadOnlyList<(string Field, string Message)> Problems => _problems;

    public string? Text(string field) => Note(field, CellReader.Text(Cell(field)));

    public string? Date(string field) => Note(field, CellReader.Date(Cell(field)));

    public bool? YesNo(string field)
    {
        var (value, error) = CellReader.YesNo(Cell(field));
        if (error is not null)
        {
            _problems.Add((field, error));
        }

        return value;
    }

    private object? Cell(string field) =>
        columns.TryGetValue(field, out var index) && index < row.Cells.Count ? row.Cells[index] : null;

    private string? Note(string field, (string? Text, string? Error) cell)
    {
        if (cell.Error is not null)
        {
            _problems.Add((field, cell.Error));
        }

        return cell.Text;
    }
}
