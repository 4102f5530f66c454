using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Media.Application.Samplings.Reports;

namespace Media.Application.Tables;

/// <summary>
/// Tables as a workbook, one sheet per table: a bold header row, numbers as numbers, rates as fractions with a
/// percent format, column widths set. Written with the Open XML SDK because a numeric cell with a number format is
/// what a reader needs to sort and sum, and text such as "50.0%" is not. The 通报 and the list exports share it.
/// </summary>
public static class TableXlsx
{
    private const uint PercentStyle = 1, HeaderStyle = 2;

    public static byte[] Write(IEnumerable<ReportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings(workbook.AddNewPart<SharedStringTablePart>());
            foreach (var table in tables)
            {
                Add(workbook, strings, table);
            }

            strings.Save();
        }

        return stream.ToArray();
    }

    private static void Add(WorkbookPart workbook, SharedStrings strings, ReportTable table)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns([.. table.Widths.Select((w, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = w * 1.2, CustomWidth = true,
        })]);
        var data = new SheetData();
        data.Append(Row(1, table.Headers.Cast<object?>().ToArray(), strings, HeaderStyle));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            data.Append(Row((uint)r + 2, table.Rows[r], strings, 0));
        }

        // The used range: readers that stream a sheet (openpyxl's read-only mode, which pandas uses) size it from here.
        var width = Math.Max(table.Headers.Count, table.Rows.Select(r => r.Length).DefaultIfEmpty(0).Max());
        var dimension = new SheetDimension { Reference = $"A1:{Column(width - 1)}{table.Rows.Count + 1}" };
        part.Worksheet = new Worksheet(dimension, columns, data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = table.Name });
    }

    private static Row Row(uint index, object?[] cells, SharedStrings strings, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = new Cell { CellReference = Column(c) + index };
            switch (cells[c])
            {
                case null or RateCell { Value: null }:
                    break;
                case RateCell { Value: { } rate }:
                    cell.DataType = CellValues.Number;
                    cell.CellValue = new CellValue(rate);
                    cell.StyleIndex = PercentStyle;
                    break;
                case int n:
                    cell.CellValue = new CellValue(n);
                    cell.DataType = CellValues.Number;
                    break;
                case decimal m:
                    cell.CellValue = new CellValue(m);
                    cell.DataType = CellValues.Number;
                    break;
                case long l:
                    cell.CellValue = new CellValue((decimal)l);
                    cell.DataType = CellValues.Number;
                    break;
                case var other:
                    cell.CellValue = new CellValue(strings.IndexOf(ReportCellText.Of(other)));
                    cell.DataType = CellValues.SharedString;
                    break;
            }

            if (style != 0)
            {
                cell.StyleIndex = style;
            }

            row.Append(cell);
        }

        return row;
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    // Style 0 plain, 1 a percentage with one decimal, 2 a bold header; the two fills are the ones the format requires, and
    // the named style Normal is the default openpyxl and Excel look for (without it openpyxl warns and substitutes its own).
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "0.0%" }) { Count = 1U },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat { NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true }) { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();

        public int IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var i))
            {
                i = _index[text] = _index.Count;
                _table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return i;
        }

        public void Save() => part.SharedStringTable = _table;
    }
}
