using System.Text;
using Media.Application.Samplings.Reports;

namespace Media.Application.Tables;

/// <summary>One table as a CSV file: an optional note line, the header, the rows; UTF-8 with a BOM, CRLF line ends.</summary>
public static class TableCsv
{
    public static byte[] Write(ReportTable table, string? note = null)
    {
        var text = new StringBuilder();
        if (note is not null)
        {
            text.Append(ReportCells.Csv(note)).Append("\r\n");
        }

        foreach (var row in table.Rows.Prepend(table.Headers.Cast<object?>().ToArray()))
        {
            text.Append(string.Join(',', row.Select(c => ReportCells.Csv(ReportCellText.Of(c))))).Append("\r\n");
        }

        // With a BOM, so Excel opens the Chinese text as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
