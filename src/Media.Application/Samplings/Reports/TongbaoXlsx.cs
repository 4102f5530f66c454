using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// The 通报's figures as a workbook: a summary sheet (项目/数值) and one sheet per table, numbers as numbers,
/// pass rates as fractions with a percent format, column widths set. Written with the Open XML SDK because a
/// numeric cell with a number format is what a reader needs to sort and sum, and text such as "50.0%" is not.
/// </summary>
public static class TongbaoXlsx
{
    private const uint PercentStyle = 1, HeaderStyle = 2;

    public static byte[] Write(TongbaoDocument d)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings(workbook.AddNewPart<SharedStringTablePart>());

            Add(workbook, strings, new ReportTable("summary", "汇总", ["项目", "数值"], [20, 16], Summary(d.Model)));
            foreach (var table in ReportTable.All(d))
            {
                Add(workbook, strings, table);
            }

            strings.Save();
        }

        return stream.ToArray();
    }

    private static List<object?[]> Summary(Domain.Sampling.Reports.Tongbao t) =>
    [
        ["状态", t.Draft ? TongbaoDocument.DraftMark : "定稿"],
        ["季度", t.QuarterName],
        ["地区", t.RegionName],
        ["在运行账号数", t.Population],
        ["抽查比例", new RateCell(t.Ratio)],
        ["样本数", t.SampleSize],
        ["抽查数", t.Checked],
        ["不合格数", t.Failed],
        ["合格率", new RateCell(t.PassRate)],
        ["上季度合格率", new RateCell(t.PreviousPassRate)],
        ["环比（百分点）", t.DeltaPoints],
        ["未检查数", t.Uninspected],
        ["随机种子", t.Appendix.Seed],
        .. ReportTable.HasWebsites(t) ? Websites(t.Websites) : [],
    ];

    private static List<object?[]> Websites(Domain.Sampling.Reports.TongbaoWebsites w) =>
    [
        ["政府网站在运行数", w.Population],
        ["政府网站样本数", w.SampleSize],
        ["政府网站抽查数", w.Checked],
        ["政府网站不合格数", w.Failed],
        ["政府网站合格率", new RateCell(w.PassRate)],
        ["含未确认分值的网站数", w.UnconfirmedScores],
    ];

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

        part.Worksheet = new Worksheet(columns, data);
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

    // Style 0 plain, 1 a percentage with one decimal, 2 a bold header; the two fills are the ones the format requires.
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "0.0%" }) { Count = 1U },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U },
            new CellFormat { NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, ApplyFont = true }) { Count = 3U });

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
