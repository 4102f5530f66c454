using MiniExcelLibs;

namespace Media.SurveySheets;

/// <summary>Reads the first worksheet of an .xlsx survey sheet, keeping Excel's own cell types.</summary>
public static class XlsxSheet
{
    public static async Task<RawSheet> ReadAsync(Stream stream)
    {
        string?[]? headers = null;
        var rows = new List<RawRow>();
        // Without a header row MiniExcel keys cells by column letter (A, B, … AA) and returns empty rows
        // in place, so positions stay Excel's.
        foreach (IDictionary<string, object?> cells in await stream.QueryAsync(useHeaderRow: false))
        {
            var values = new object?[cells.Count == 0 ? 0 : cells.Keys.Max(ColumnIndex) + 1];
            foreach (var (key, value) in cells)
            {
                values[ColumnIndex(key)] = value;
            }

            if (headers is null)
            {
                headers = [.. values.Select(v => v?.ToString())];
            }
            else
            {
                rows.Add(new RawRow(rows.Count + RawRow.FirstNumber, values));
            }
        }

        return new RawSheet(headers ?? [], rows);
    }

    private static int ColumnIndex(string letters) => letters.Aggregate(0, (index, c) => index * 26 + (c - 'A' + 1)) - 1;
}
