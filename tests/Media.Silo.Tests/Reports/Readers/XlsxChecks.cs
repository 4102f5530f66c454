using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Media.Silo.Tests.Reports.Readers;

/// <summary>One workbook as openpyxl read it, by sheet name.</summary>
public sealed record ReadWorkbook(IReadOnlyList<(string Name, JsonArray Rows)> Sheets)
{
    public IReadOnlyList<string> Names => [.. Sheets.Select(s => s.Name)];

    public JsonArray this[string sheet] => Sheets.Single(s => s.Name == sheet).Rows;

    /// <summary>The data rows of a sheet as header → cell.</summary>
    public IReadOnlyList<Dictionary<string, JsonNode?>> Records(string sheet)
    {
        var rows = this[sheet];
        var headers = rows[0]!.AsArray().Select(h => h!.GetValue<string>()).ToList();
        return [.. rows.Skip(1).Select(r => headers.Zip(r!.AsArray()).ToDictionary(p => p.First, p => p.Second))];
    }
}

/// <summary>
/// A workbook put before every reader the tests have: the Open XML SDK's validator (the schema Excel and WPS write to),
/// openpyxl, and LibreOffice's conversion to CSV, whose first line must be the first sheet's header as openpyxl read it.
/// </summary>
public static class XlsxChecks
{
    public static async Task<ReadWorkbook> OpenEverywhereAsync(string name, byte[] bytes)
    {
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{name}: Open XML validation errors:\n{string.Join('\n', errors)}");
        }

        var directory = Directory.CreateDirectory(Path.Combine(LibreOffice.Artifacts, "xlsx-readers")).FullName;
        var file = Path.Combine(directory, name + ".xlsx");
        await File.WriteAllBytesAsync(file, bytes, TestContext.Current.CancellationToken);

        var read = await Openpyxl.ReadAsync(file);
        Assert.Empty(read["warnings"]!.AsArray().Select(w => w!.GetValue<string>()));
        var sheets = read["sheets"]!.AsArray();
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
        {
            // A streaming reader must see the sheet as big as it is, header row included.
            var rows = sheet!["rows"]!.AsArray();
            Assert.Equal($"{sheet["name"]}: [{rows.Count},{rows.Max(r => r!.AsArray().Count)}]", $"{sheet["name"]}: {sheet["streamed"]!.ToJsonString()}");
        }

        var workbook = new ReadWorkbook([.. sheets.Select(s => (s!["name"]!.GetValue<string>(), s["rows"]!.AsArray()))]);

        var csv = await File.ReadAllTextAsync(await LibreOffice.ConvertAsync(file, "csv", "Text - txt - csv (StarCalc):44,34,76"),
            TestContext.Current.CancellationToken);
        var header = string.Join(',', workbook.Sheets[0].Rows[0]!.AsArray().Select(c => c?.ToString()));
        Assert.Equal(header, csv.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n')[0]);
        return workbook;
    }

    /// <summary>Whether openpyxl read the cell as a number (not as text that looks like one).</summary>
    public static bool IsNumber(JsonNode? cell) => cell is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number;
}
