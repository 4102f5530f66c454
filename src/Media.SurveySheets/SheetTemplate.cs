using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sheets = DocumentFormat.OpenXml.Spreadsheet.Sheets;
using Media.Domain.Accounts;

namespace Media.SurveySheets;

/// <summary>
/// The survey sheet template: a header row and one example row. The XLSX is written part by part with the Open XML SDK
/// rather than by MiniExcel, whose files some readers refuse: every cell is a shared string, the workbook has its styles part,
/// every column is formatted as text (so codes and phone numbers stay as typed) and the 平台 and 是/否 columns carry dropdowns.
/// </summary>
public static class SheetTemplate
{
    /// <summary>The 是/否 dropdown's choices.</summary>
    public static IReadOnlyList<string> YesNo { get; } = ["是", "否"];

    /// <summary>The choices of a column's dropdown, or null for a column typed freely.</summary>
    public static IReadOnlyList<string>? ChoicesOf(SheetColumn column) => column switch
    {
        { Id: "platform" } => [.. Platforms.All.Select(Platforms.DisplayName)],
        { Kind: CellKind.YesNo } => YesNo,
        _ => null,
    };

    /// <summary>The template as CSV text (without the byte order mark, which the caller adds).</summary>
    public static string Csv(SheetKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord([.. kind.Columns.Select(c => c.Header)]);
            csv.WriteRecord([.. kind.Columns.Select(c => c.Example)]);
        }

        return text.ToString();
    }

    public static byte[] Xlsx(SheetKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            var table = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var rows = new SheetData(
                Row(1, kind.Columns.Select(c => c.Header), table),
                Row(2, kind.Columns.Select(c => c.Example), table));
            // The used range (header and example): streaming readers such as openpyxl's read-only mode size the sheet from it.
            var dimension = new SheetDimension { Reference = $"A1:{ColumnName(kind.Columns.Count - 1)}2" };
            var worksheet = new Worksheet(dimension, Columns(kind.Columns.Count), rows);
            if (Validations(kind) is { } validations)
            {
                worksheet.Append(validations);
            }

            sheetPart.Worksheet = worksheet;
            strings.SharedStringTable = table;
            table.Count = table.UniqueCount = (uint)table.ChildElements.Count;
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = kind.SheetName }));
        }

        return memory.ToArray();
    }

    // Style 1 is text (number format 49, "@"): a cell typed later in a template column is kept as typed, not as a number.
    // The named style Normal is the default openpyxl and Excel look for; without it openpyxl warns and substitutes its own.
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat { FormatId = 0 }, new CellFormat { NumberFormatId = 49, FormatId = 0, ApplyNumberFormat = true }) { Count = 2 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Columns Columns(int count) =>
        new(new Column { Min = 1, Max = (uint)count, Width = 22, CustomWidth = true, Style = 1 });

    private static Row Row(uint number, IEnumerable<string> values, SharedStringTable table)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            table.Append(new SharedStringItem(new Text(value)));
            row.Append(new Cell
            {
                CellReference = ColumnName(column++) + number,
                DataType = CellValues.SharedString,
                StyleIndex = 1,
                CellValue = new CellValue(table.ChildElements.Count - 1),
            });
        }

        return row;
    }

    /// <summary>A dropdown over every data row of each column that has choices.</summary>
    private static DataValidations? Validations(SheetKind kind)
    {
        var validations = new DataValidations();
        for (var i = 0; i < kind.Columns.Count; i++)
        {
            if (ChoicesOf(kind.Columns[i]) is not { } choices)
            {
                continue;
            }

            var letter = ColumnName(i);
            validations.Append(new DataValidation(new Formula1($"\"{string.Join(',', choices)}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = "请从下拉列表中选择",
                Error = $"{kind.Columns[i].Title}须为：{string.Join('、', choices)}",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}{MaxRow}" },
            });
        }

        validations.Count = (uint)validations.ChildElements.Count;
        return validations.Count > 0 ? validations : null;
    }

    // The server's row limit, with the header.
    private const int MaxRow = 10_001;

    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
