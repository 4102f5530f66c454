using System.Net;
using System.Text;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// The 通报 as a web page that prints like the DOCX: A4 with GB/T 9704's margins, 小标宋/仿宋/黑体/楷体 with
/// common fallbacks, the annex on its own page; a draft shows 草稿 fixed in the corner, so on every printed page.
/// </summary>
public static class TongbaoHtml
{
    private const string Style =
        "@page{size:A4;margin:37mm 26mm 35mm 28mm}" +
        "body{font-family:'仿宋_GB2312','FangSong','STFangsong','WenQuanYi Micro Hei',serif;font-size:16pt;line-height:28pt;max-width:156mm;margin:2em auto}" +
        "h1,.annex{font-family:'方正小标宋简体','SimSun','Songti SC','WenQuanYi Micro Hei',serif;font-size:22pt;line-height:35pt;text-align:center;font-weight:normal}" +
        "h2{font-family:'黑体','SimHei','WenQuanYi Micro Hei',sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}" +
        "h3{font-family:'楷体_GB2312','KaiTi','STKaiti','WenQuanYi Micro Hei',serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}" +
        "p{margin:0;text-indent:2em;text-align:justify}p.to{text-indent:0}p.sign{text-align:right;padding-right:4em}" +
        ".annex{break-before:page;margin-top:1em}" +
        "table{border-collapse:collapse;width:100%;font-size:12pt;line-height:18pt;margin:.5em 0}th,td{border:1px solid #000;padding:2pt 4pt;text-align:center}" +
        "thead{display:table-header-group}" +
        ".draft{position:fixed;top:8mm;right:10mm;color:#c00;font-family:'黑体','SimHei',sans-serif;font-size:16pt;border:2px solid #c00;padding:0 .4em}";

    public static string Write(TongbaoDocument d)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(d.Model.Draft ? TongbaoDocument.DraftMark + "：" : string.Empty).Append(E(d.Title))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");
        if (d.Model.Draft)
        {
            h.Append("<div class=\"draft\" role=\"note\">").Append(TongbaoDocument.DraftMark).Append("</div>");
        }

        foreach (var block in d.Blocks)
        {
            if (block.Kind == BlockKind.Table)
            {
                if (ReportTable.Find(d, block.Text) is { } table)
                {
                    Table(h, table);
                }

                continue;
            }

            var (open, close) = block.Kind switch
            {
                BlockKind.Title => ("<h1>", "</h1>"),
                BlockKind.Heading1 => ("<h2>", "</h2>"),
                BlockKind.Heading2 => ("<h3>", "</h3>"),
                BlockKind.Annex => ("<p class=\"annex\">", "</p>"),
                BlockKind.Addressee => ("<p class=\"to\">", "</p>"),
                BlockKind.Signature or BlockKind.Date => ("<p class=\"sign\">", "</p>"),
                _ => ("<p>", "</p>"),
            };
            h.Append(open).Append(E(block.Text)).Append(close);
        }

        return h.Append("</body></html>").ToString();
    }

    private static void Table(StringBuilder h, ReportTable table)
    {
        h.Append("<table><thead><tr>");
        foreach (var header in table.Headers)
        {
            h.Append("<th>").Append(E(header)).Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            h.Append("<tr>");
            foreach (var cell in row)
            {
                h.Append("<td>").Append(E(ReportCellText.Of(cell))).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
