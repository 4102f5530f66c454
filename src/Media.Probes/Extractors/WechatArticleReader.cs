using System.Net;

namespace Media.Probes.Extractors;

/// <summary>
/// A WeChat article page (<c>mp.weixin.qq.com/s?…</c>): the facts live in inline script variables,
/// not in the markup, so the page is read as script text.
/// </summary>
internal static class WechatArticleReader
{
    private static readonly string[] Names =
        ["nickname", "user_name", "ct", "publish_time", "msg_title", "msg_desc", "msg_link", "biz", "mid", "idx", "appmsgid"];

    /// <summary>Null when the page carries no article variables.</summary>
    public static ProbeResult? TryRead(ProbeInput input)
    {
        var vars = ScriptLiterals.ReadVariables(input.Content, Names);
        if (!vars.ContainsKey("ct") && !vars.ContainsKey("msg_title"))
        {
            return null;
        }

        var published = PublishedAt(vars);
        if (published is null)
        {
            return ProbeResult.Gap(ProbeStatus.Error, "wechat: article page without a readable publication time (var ct)");
        }

        var mid = vars.GetValueOrDefault("mid") ?? vars.GetValueOrDefault("appmsgid");
        var idx = vars.GetValueOrDefault("idx") ?? "1";
        var post = new ProbedPost(
            PostId: mid is null ? null : WechatPostIds.Of(mid, idx),
            PublishedAt: published.Value,
            Title: Decode(vars.GetValueOrDefault("msg_title")),
            Url: Decode(vars.GetValueOrDefault("msg_link")) ?? WechatPostIds.WebSource(input.Source)?.ToString(),
            Repost: false,
            Text: Decode(vars.GetValueOrDefault("msg_desc")));

        return ProbeResult.Ok([post]) with
        {
            AccountName = Decode(vars.GetValueOrDefault("nickname")),
            Handle = vars.GetValueOrDefault("user_name"),
        };
    }

    private static DateTimeOffset? PublishedAt(Dictionary<string, string> vars)
    {
        if (vars.TryGetValue("ct", out var ct) && long.TryParse(ct, out var seconds) && seconds > 0)
        {
            return BeijingDates.FromUnixSeconds(seconds);
        }

        // Older pages without ct still print the Beijing date; midnight is the most it tells.
        return vars.TryGetValue("publish_time", out var day) && DateOnly.TryParseExact(day, "yyyy-MM-dd", out var date)
            ? BeijingDates.FromLocal(date.ToDateTime(TimeOnly.MinValue))
            : null;
    }

    // WeChat HTML-escapes the values it writes into scripts (&quot;, &amp;).
    private static string? Decode(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : WebUtility.HtmlDecode(value).Trim();
}
