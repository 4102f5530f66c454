using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Media.Probes.Extractors;

/// <summary>Reads one Weibo <c>mblog</c> into a post.</summary>
internal static partial class WeiboPosts
{
    /// <summary><c>mblogtype: 2</c>, <c>isTop</c>, or a "置顶" title marks a pinned post.</summary>
    public static bool IsPinned(JsonElement mblog)
    {
        if (mblog.TryGetProperty("mblogtype", out var type) && type.ToString() == "2")
        {
            return true;
        }

        if (mblog.TryGetProperty("isTop", out var top) && top.ToString() is "1" or "true" or "True")
        {
            return true;
        }

        return mblog.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.Object
            && title.TryGetProperty("text", out var text) && text.GetString() is { } label
            && label.Contains("置顶", StringComparison.Ordinal);
    }

    public static void Read(JsonElement mblog, DateTimeOffset now, PostCollector posts)
    {
        var createdAt = mblog.TryGetProperty("created_at", out var c) ? c.GetString() : null;
        if (WeiboDates.Parse(createdAt, now) is not { } published)
        {
            posts.Skip($"unreadable created_at '{createdAt}'");
            return;
        }

        var id = mblog.TryGetProperty("id", out var idValue) ? idValue.ToString()
            : mblog.TryGetProperty("mid", out var mid) ? mid.ToString() : null;
        posts.Add(new ProbedPost(
            PostId: id,
            PublishedAt: published,
            Title: null,
            Url: id is null ? null : $"https://m.weibo.cn/detail/{id}",
            Repost: mblog.TryGetProperty("retweeted_status", out var original) && original.ValueKind == JsonValueKind.Object,
            Text: PlainText(mblog.TryGetProperty("text", out var t) ? t.GetString() : null),
            Likes: ChineseCounts.Read(mblog, "attitudes_count"),
            Comments: ChineseCounts.Read(mblog, "comments_count"),
            Shares: ChineseCounts.Read(mblog, "reposts_count")));
    }

    /// <summary>Weibo text is HTML (links, emoji images, &lt;br /&gt;); lexicon checks need plain text.</summary>
    private static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(Tags().Replace(LineBreaks().Replace(html, "\n"), ""));
        return text.Trim();
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreaks();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
