using System.Web;

namespace Media.Probes.Extractors;

/// <summary>
/// One id scheme for a WeChat post, whether it was seen on its article page or in a history list, so
/// the same post read both ways is stored once: <c>{mid}_{idx}</c> (message id, position in the push).
/// </summary>
internal static class WechatPostIds
{
    public static readonly Uri Origin = new("https://mp.weixin.qq.com/");

    public static string Of(string mid, string idx) => $"{mid}_{idx}";

    /// <summary>The id from an article link's <c>mid</c> and <c>idx</c> parameters, if it has them.</summary>
    public static string? FromLink(Uri? link)
    {
        if (link is null || !link.IsAbsoluteUri)
        {
            return null;
        }

        var query = HttpUtility.ParseQueryString(link.Query);
        return query["mid"] is { Length: > 0 } mid ? Of(mid, query["idx"] ?? "1") : null;
    }

    /// <summary>The page's own address when it is a web address (a saved file has none).</summary>
    public static Uri? WebSource(Uri? source) =>
        source is { IsAbsoluteUri: true } && (source.Scheme == Uri.UriSchemeHttp || source.Scheme == Uri.UriSchemeHttps)
            ? source
            : null;
}
