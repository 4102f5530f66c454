using HtmlAgilityPack;
using Media.Probes.Sites;

namespace Media.Probes.Extractors;

/// <summary>
/// A government website page (SPEC §3.6): footer identifiers and the <c>PubDate</c> meta tag. The page's
/// PubDate is its one dated "post", so <see cref="ProbeResult.LatestPostAt"/> means the same here as
/// for an account; <see cref="ProbeResult.Page"/> carries what the website rules read (lists, navigation, questions).
/// </summary>
public sealed class WebsiteExtractor : ExtractorBase
{
    public const string WebsiteId = "website";

    // A page with no address (a test's string) still resolves its relative links somewhere that is no site.
    private static readonly Uri Unknown = new("http://unknown.invalid/");

    public override string Id => WebsiteId;

    protected override ProbeResult ExtractCore(ProbeInput input)
    {
        if (BlockPageSignals.LooksBlocked(input.Content) is { } marker)
        {
            return ProbeResult.Gap(ProbeStatus.Blocked, $"website: firewall or captcha page ({marker})");
        }

        var document = HtmlPages.Parse(input.Content);
        var site = SiteFooter.Read(document, input.Content);
        var title = HtmlPages.Meta(document, "ArticleTitle")
            ?? HtmlEntity.DeEntitize(document.DocumentNode.SelectSingleNode("//title")?.InnerText ?? "").Trim();
        IReadOnlyList<ProbedPost> posts = site.PubDate is { } pubDate
            ? [new ProbedPost(null, pubDate, title.Length == 0 ? null : title, WechatPostIds.WebSource(input.Source)?.ToString(), Repost: false)]
            : [];
        return ProbeResult.Ok(posts) with
        {
            Site = site,
            AccountName = HtmlPages.Meta(document, "SiteName"),
            Handle = site.SiteIdCode,
            Page = SitePageReader.Read(input.Content, input.Source ?? Unknown, input.Now),
        };
    }
}
