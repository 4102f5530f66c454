using DocumentFormat.OpenXml.Wordprocessing;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// The paragraph styles of the DOCX 通报 and the fonts they name. The 公文 fonts (方正小标宋简体, 仿宋_GB2312,
/// 楷体_GB2312) are rarely installed outside government machines, so the font table names the common font each
/// falls back to (宋体, 仿宋, 楷体), which Word, WPS and LibreOffice then use.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "MediaTitle", Heading1 = "MediaHeading1", Heading2 = "MediaHeading2", Text = "MediaText",
        Addressee = "MediaAddressee", Signature = "MediaSignature", TableText = "MediaTableText", Footer = "MediaFooter";

    public const string XiaoBiaoSong = "方正小标宋简体", FangSong = "仿宋_GB2312", HeiTi = "黑体", KaiTi = "楷体_GB2312";

    public static Styles Create(string titleSize, string textSize, string tableSize) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(FangSong), new FontSize { Val = textSize },
                new Languages { EastAsia = "zh-CN" })),
            // 28-point exact line: GB/T 9704's 22 lines of 28 characters on an A4 page.
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
        Style(Text, "正文", new StyleParagraphProperties(new Indentation { FirstLine = "640", FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both })),
        Style(Title, "公文标题", new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "560" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(XiaoBiaoSong), new FontSize { Val = titleSize })),
        Style(Addressee, "主送机关", new StyleParagraphProperties()),
        Style(Heading1, "一级标题", new StyleParagraphProperties(new Indentation { FirstLine = "640", FirstLineChars = 200 }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(Fonts(HeiTi))),
        Style(Heading2, "二级标题", new StyleParagraphProperties(new Indentation { FirstLine = "640", FirstLineChars = 200 }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(Fonts(KaiTi))),
        Style(Signature, "署名和日期", new StyleParagraphProperties(new Indentation { Right = "1280", RightChars = 400 }, new Justification { Val = JustificationValues.Right })),
        Style(TableText, "表格文字", new StyleParagraphProperties(new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new FontSize { Val = tableSize })),
        Style(Footer, "页码", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts("宋体"), new FontSize { Val = TongbaoDocx.FooterFontSize })));

    public static DocumentFormat.OpenXml.Wordprocessing.Fonts FontTable() => new(
        Font(XiaoBiaoSong, "SimSun"), Font(FangSong, "FangSong"), Font(KaiTi, "KaiTi"), Font(HeiTi, "SimHei"), Font("宋体", "SimSun"));

    private static Font Font(string name, string alternative) => new(new AltName { Val = alternative }, new FontCharSet { Val = "86" })
    {
        Name = name,
    };

    private static RunFonts Fonts(string eastAsia) => new() { EastAsia = eastAsia, Ascii = "Times New Roman", HighAnsi = "Times New Roman" };

    private static Style Style(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style(new StyleName { Val = name }, paragraph)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
