using System.Text.Json;
using Media.Domain.Accounts;

namespace Media.Probes.Extractors;

/// <summary>
/// Douyin's user-posts JSON: <c>{status_code, aweme_list: [{aweme_id, desc, create_time, statistics}]}</c>.
/// An HTML "验证码中间页" (captcha interstitial) instead of JSON means we are blocked.
/// </summary>
public sealed class DouyinExtractor : ExtractorBase
{
    private static readonly string[] CaptchaMarkers =
        ["验证码中间页", "验证码", "captcha", "verify.snssdk.com", "verifycenter", "middle_page"];

    public override string Id => Platforms.Douyin;

    protected override ProbeResult ExtractCore(ProbeInput input)
    {
        var content = input.Content.TrimStart();
        if (!content.StartsWith('{'))
        {
            return CaptchaMarkers.Any(m => content.Contains(m, StringComparison.OrdinalIgnoreCase))
                ? ProbeResult.Gap(ProbeStatus.Blocked, "douyin: captcha page (验证码中间页) instead of JSON")
                : ProbeResult.Gap(ProbeStatus.Error, "douyin: the answer is not JSON");
        }

        using var json = JsonDocument.Parse(content);
        var root = json.RootElement;
        var code = root.TryGetProperty("status_code", out var s) && s.TryGetInt32(out var c) ? c : 0;
        if (code != 0)
        {
            var message = root.TryGetProperty("status_msg", out var m) ? m.GetString() : null;
            return ProbeResult.Gap(ProbeStatus.Error, $"douyin: status_code {code} {message}".TrimEnd());
        }

        var posts = new PostCollector(Id);
        JsonElement? author = null;
        if (root.TryGetProperty("aweme_list", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var aweme in list.EnumerateArray())
            {
                author ??= aweme.TryGetProperty("author", out var a) && a.ValueKind == JsonValueKind.Object ? a : null;
                if (!IsPinned(aweme))
                {
                    Read(aweme, posts);
                }
            }
        }

        var result = posts.ToResult();
        return author is not { } owner ? result : result with
        {
            AccountName = Text(owner, "nickname"),
            Handle = Text(owner, "unique_id") ?? Text(owner, "short_id") ?? Text(owner, "sec_uid"),
            Followers = ChineseCounts.Read(owner, "follower_count"),
        };
    }

    /// <summary>
    /// Douyin's signature check answers a blocked client with an empty 200 body rather than an error.
    /// </summary>
    protected override ProbeResult OnEmptyContent() =>
        ProbeResult.Gap(ProbeStatus.Blocked, "douyin: empty answer (the anti-bot check refused the request)");

    private static bool IsPinned(JsonElement aweme) =>
        aweme.TryGetProperty("is_top", out var top) && top.ToString() is "1" or "true" or "True";

    private static void Read(JsonElement aweme, PostCollector posts)
    {
        if (!aweme.TryGetProperty("create_time", out var created) || BeijingDates.FromUnix(created) is not { } published)
        {
            posts.Skip("aweme without a readable create_time");
            return;
        }

        var id = aweme.TryGetProperty("aweme_id", out var idValue) ? idValue.ToString() : null;
        var stats = aweme.TryGetProperty("statistics", out var st) ? st : default;
        var desc = Text(aweme, "desc");
        posts.Add(new ProbedPost(
            PostId: id,
            PublishedAt: published,
            Title: desc,
            Url: id is null ? null : $"https://www.douyin.com/video/{id}",
            Repost: false,
            Text: desc,
            Likes: ChineseCounts.Read(stats, "digg_count"),
            Comments: ChineseCounts.Read(stats, "comment_count"),
            Shares: ChineseCounts.Read(stats, "share_count"),
            Reads: ChineseCounts.Read(stats, "play_count")));
    }

    private static string? Text(JsonElement parent, string property) =>
        parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
