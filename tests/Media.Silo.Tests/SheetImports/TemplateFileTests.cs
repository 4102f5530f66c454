using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Media.Silo.Tests.Reports;
using Media.SurveySheets;
using MiniExcelLibs;

namespace Media.Silo.Tests.SheetImports;

/// <summary>The XLSX survey template: dropdowns for 平台 and 是/否, a Chinese example row, and a file other readers open.</summary>
public sealed class TemplateFileTests
{
    [Theory]
    [InlineData("accounts")]
    [InlineData("websites")]
    public void The_template_has_a_styles_part_and_shared_strings_and_reads_back_with_its_example_row(string name)
    {
        var kind = SheetKind.Find(name)!;
        var bytes = SheetTemplate.Xlsx(kind);

        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.NotNull(document.WorkbookPart!.WorkbookStylesPart?.Stylesheet);
            Assert.NotNull(document.WorkbookPart.SharedStringTablePart?.SharedStringTable);
        }

        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(kind.Columns.Select(c => c.Header), row.Keys);
        Assert.Equal(kind.Columns.Select(c => c.Example), row.Values.Select(v => v?.ToString() ?? string.Empty));
    }

    [Fact]
    public void The_account_template_offers_the_platforms_chinese_names_and_yes_no_as_dropdowns()
    {
        var bytes = SheetTemplate.Xlsx(SheetKind.Accounts);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var lists = sheet.Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText!, v => v.Formula1!.Text);
        var platform = SheetTemplate.ColumnName(SheetColumns.All.ToList().FindIndex(c => c.Id == "platform"));
        var interaction = SheetTemplate.ColumnName(SheetColumns.All.ToList().FindIndex(c => c.Id == "interaction"));
        Assert.Equal(2, lists.Count);
        Assert.Equal("\"微博,微信公众号,视频号,抖音,快手,今日头条,哔哩哔哩,小红书,小程序,移动客户端,其他\"", lists[$"{platform}2:{platform}10001"]);
        Assert.Equal("\"是,否\"", lists[$"{interaction}2:{interaction}10001"]);
        Assert.All(sheet.Descendants<DataValidation>(), v => Assert.Equal(DataValidationValues.List, v.Type!.Value));
    }

    [Fact]
    public async Task The_template_opens_in_libreoffice_with_its_chinese_example_row()
    {
        var file = Path.Combine(LibreOffice.Artifacts, "account-template.xlsx");
        await File.WriteAllBytesAsync(file, SheetTemplate.Xlsx(SheetKind.Accounts), TestContext.Current.CancellationToken);

        var csv = await File.ReadAllTextAsync(await LibreOffice.ConvertAsync(file, "csv", "Text - txt - csv (StarCalc):44,34,76"), TestContext.Current.CancellationToken);

        var lines = csv.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("单位统一社会信用代码(unitCode),平台(platform),", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("11440104MB2C923413,微博,1234567890,", lines[1], StringComparison.Ordinal);
    }
}
