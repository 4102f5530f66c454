using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Media.Probes.Extractors;

/// <summary>
/// Reads the identifiers GB/T 39041 and 国办发〔2017〕47号 require in a government site's footer. Number
/// patterns are matched on the raw page so that they are found wherever the template puts them.
/// </summary>
internal static partial class SiteFooter
{
    public static SiteIdentifiers Read(HtmlDocument document, string html)
    {
        var jiucuoScript = document.DocumentNode.SelectSingleNode("//script[@id='_jiucuo_']");
        var siteIdCode = HtmlPages.Meta(document, "SiteIDCode")
            ?? FirstGroup(SiteIdText(), html)
            ?? HtmlPages.Attribute(jiucuoScript, "sitecode");
        return new SiteIdentifiers(
            siteIdCode,
            Icp: FirstGroup(Icp(), html),
            PublicSecurity: Normalize(FirstGroup(PublicSecurity(), html)),
            // The badge script is often written by document.write, so only the raw page shows its host.
            Conac: HasConac(document) || html.Contains("dcs.conac.cn", StringComparison.OrdinalIgnoreCase),
            Jiucuo: jiucuoScript is not null || HasJiucuoLink(document) || html.Contains("我为政府网站找错", StringComparison.Ordinal),
            PubDate: PubDate(HtmlPages.Meta(document, "PubDate")));
    }

    /// <summary>The 党政机关 badge: the conac.cn link, or the standard <c>_ideConac</c> placeholder.</summary>
    private static bool HasConac(HtmlDocument document) =>
        document.GetElementbyId("_ideConac") is not null
        || HtmlPages.Select(document.DocumentNode, "//a[@href]|//img[@src]|//script[@src]")
            .Any(n => Points(n, "conac.cn"));

    private static bool HasJiucuoLink(HtmlDocument document) =>
        HtmlPages.Select(document.DocumentNode, "//a[@href]|//script[@src]").Any(n => Points(n, "jiucuo"));

    private static bool Points(HtmlNode node, string fragment) =>
        (node.GetAttributeValue("href", null!) ?? node.GetAttributeValue("src", null!) ?? "")
            .Contains(fragment, StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? PubDate(string? value)
    {
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd"];
        return value is not null
            && DateTime.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? BeijingDates.FromLocal(local)
            : FeedDates.Parse(value);
    }

    private static string? FirstGroup(Regex regex, string html) =>
        regex.Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    // Templates separate the words with &nbsp; or runs of spaces; the number is shown with one space.
    private static string? Normalize(string? value) =>
        value is null ? null : Whitespace().Replace(value, " ");

    [GeneratedRegex(@"([\u4e00-\u9fa5]ICP备\s*\d+号(?:-\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Icp();

    [GeneratedRegex(@"([\u4e00-\u9fa5]公网安备(?:\s|&nbsp;)*\d+号)", RegexOptions.CultureInvariant)]
    private static partial Regex PublicSecurity();

    [GeneratedRegex(@"网站标识码\s*[:：]?\s*(?:&nbsp;)*\s*([0-9A-Za-z]{10})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SiteIdText();

    [GeneratedRegex(@"(?:\s|&nbsp;)+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
