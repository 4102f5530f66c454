using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// The 通报 as a Word document in the manner of GB/T 9704 (党政机关公文格式): A4 with the standard's margins,
/// 小标宋 title, 仿宋 三号 body on a 28-point line, 黑体 and 楷体 headings, page numbers in the footer, the annex
/// as a table on its own page; a draft carries 草稿 in the header of every page.
/// </summary>
public static class TongbaoDocx
{
    // Half-points: 二号 22pt for the title, 三号 16pt for the text, 四号 14pt for page numbers, 小四 12pt in tables.
    private const string TitleSize = "44", TextSize = "32", FooterSize = "28", TableSize = "24";

    public static byte[] Write(TongbaoDocument d)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(TitleSize, TextSize, TableSize);
            main.AddNewPart<FontTablePart>().Fonts = DocxStyles.FontTable();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(PageNumber());
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(d.Model.Draft ? DraftMark() : new Paragraph());

            var body = new Body();
            foreach (var block in d.Blocks)
            {
                if (block.Kind == BlockKind.Table)
                {
                    if (ReportTable.Find(d, block.Text) is { } table)
                    {
                        body.Append(Table(table));
                    }

                    continue;
                }

                body.Append(Paragraph(block));
            }

            body.Append(Section(main.GetIdOfPart(header), main.GetIdOfPart(footer)));
            main.Document = new Document(body);
            package.PackageProperties.Title = d.Title;
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(DocBlock block)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId
        {
            Val = block.Kind switch
            {
                BlockKind.Title or BlockKind.Annex => DocxStyles.Title,
                BlockKind.Heading1 => DocxStyles.Heading1,
                BlockKind.Heading2 => DocxStyles.Heading2,
                BlockKind.Addressee => DocxStyles.Addressee,
                BlockKind.Signature or BlockKind.Date => DocxStyles.Signature,
                _ => DocxStyles.Text,
            },
        });
        if (block.Kind == BlockKind.Annex)
        {
            properties.Append(new PageBreakBefore());
        }

        return new Paragraph(properties, new Run(new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(ReportTable table)
    {
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border(), new TableLayout { Type = TableLayoutValues.Autofit }));
        var total = table.Widths.Sum();
        result.Append(new TableGrid([.. table.Widths.Select(w => new GridColumn { Width = ((int)(8844 * w / total)).ToString(CultureInfo.InvariantCulture) })]));
        result.Append(Row(table.Headers, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row([.. row.Select(ReportCellText.Of)], header: false));
        }

        return result;
    }

    private static TableRow Row(IEnumerable<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            // Repeated at the top of every page the annex runs over.
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText }), run)));
        }

        return row;
    }

    private static Paragraph PageNumber() => new(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer }),
        new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph DraftMark() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
        new Run(new RunProperties(new RunFonts { EastAsia = DocxStyles.HeiTi, Ascii = DocxStyles.HeiTi, HighAnsi = DocxStyles.HeiTi },
            new Bold(), new Color { Val = "C00000" }, new FontSize { Val = TextSize }),
            new Text(TongbaoDocument.DraftMark + "（尚有账号未检查，不得印发）")));

    // A4 with GB/T 9704's margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips).
    private static SectionProperties Section(string headerId, string footerId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });

    /// <summary>Footer text size, for the styles.</summary>
    internal static string FooterFontSize => FooterSize;
}
