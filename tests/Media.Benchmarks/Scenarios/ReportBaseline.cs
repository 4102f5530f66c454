using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// The report scenario's baseline: the annex rows (the 通报's one table that grows with the sample) written in each format
/// with the plain library and nothing else: the Open XML SDK (a DOCX table; an XLSX sheet through OpenXmlWriter), a
/// StreamWriter for CSV and HTML, System.Text.Json for JSON. Seconds per format, into memory as the silo writes its files.
/// </summary>
public static class ReportBaseline
{
    private static readonly string[] Columns = ["number", "region", "unit", "account", "platform", "problems", "veto"];

    public static Dictionary<string, double> Write(JsonArray annex)
    {
        var rows = annex.Select(r => Columns.Select(c => r![c]!.ToString()).ToArray()).ToList();
        return new Dictionary<string, double>
        {
            ["docx"] = Time(stream => Docx(stream, rows)),
            ["html"] = Time(stream => Html(stream, rows)),
            ["xlsx"] = Time(stream => Xlsx(stream, rows)),
            ["csv"] = Time(stream => Csv(stream, rows)),
            ["json"] = Time(stream => JsonSerializer.Serialize(stream, rows)),
        };
    }

    private static double Time(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        var watch = Stopwatch.StartNew();
        write(stream);
        return watch.Elapsed.TotalSeconds;
    }

    private static void Docx(Stream stream, List<string[]> rows)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var table = new W.Table(rows.Select(r => new W.TableRow(r.Select(v => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(v))))))));
        document.AddMainDocumentPart().Document = new W.Document(new W.Body(table));
    }

    private static void Xlsx(Stream stream, List<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            foreach (var row in rows)
            {
                writer.WriteStartElement(new Row());
                foreach (var value in row)
                {
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "annex", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
    }

    private static void Csv(Stream stream, List<string[]> rows)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(v => v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal)
                ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v)));
        }
    }

    private static void Html(Stream stream, List<string[]> rows)
    {
        using var writer = new StreamWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write("<!DOCTYPE html><html><body><table>");
        foreach (var row in rows)
        {
            writer.Write("<tr>");
            foreach (var value in row)
            {
                writer.Write("<td>" + WebUtility.HtmlEncode(value) + "</td>");
            }

            writer.Write("</tr>");
        }

        writer.Write("</table></body></html>");
    }
}
