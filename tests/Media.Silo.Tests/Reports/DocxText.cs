using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Media.Silo.Tests.Reports;

/// <summary>The text of a DOCX as a reader sees it: the body's paragraphs in order, and the headers' text apart.</summary>
public sealed record DocxText(IReadOnlyList<string> Paragraphs, string Headers)
{
    public string Body => string.Join("\n", Paragraphs);

    public static DocxText Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var package = WordprocessingDocument.Open(stream, false);
        var main = package.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        return new DocxText(paragraphs, string.Concat(main.HeaderParts.Select(h => h.Header!.InnerText)));
    }
}
