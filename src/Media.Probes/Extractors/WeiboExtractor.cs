using System.Text.Json;
using Media.Domain.Accounts;

namespace Media.Probes.Extractors;

/// <summary>
/// Weibo's <c>m.weibo.cn/api/container/getIndex</c> answer: <c>{ok, data: {cards: [{card_type: 9, mblog}]}}</c>.
/// Pinned posts are left out, because a months-old pinned post listed first would hide real silence.
/// </summary>
public sealed class WeiboExtractor : ExtractorBase
{
    public override string Id => Platforms.Weibo;

    protected override ProbeResult ExtractCore(ProbeInput input)
    {
        var content = input.Content.TrimStart();
        if (!content.StartsWith('{'))
        {
            return LooksLikeLoginOrCaptcha(content, input.Source)
                ? ProbeResult.Gap(ProbeStatus.Blocked, "weibo: login, visitor or captcha page instead of JSON")
                : ProbeResult.Gap(ProbeStatus.Error, "weibo: the answer is not JSON");
        }

        using var json = JsonDocument.Parse(content);
        var root = json.RootElement;
        if (Refusal(root) is { } refusal)
        {
            return refusal;
        }

        var posts = new PostCollector(Id);
        JsonElement? user = null;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("userInfo", out var info) && info.ValueKind == JsonValueKind.Object)
            {
                user = info;
            }

            foreach (var mblog in Mblogs(data))
            {
                user ??= mblog.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object ? u : null;
                if (!WeiboPosts.IsPinned(mblog))
                {
                    WeiboPosts.Read(mblog, input.Now, posts);
                }
            }
        }

        var result = posts.ToResult();
        return user is not { } owner ? result : result with
        {
            AccountName = owner.TryGetProperty("screen_name", out var name) ? name.GetString() : null,
            Handle = owner.TryGetProperty("id", out var id) ? id.ToString() : null,
            Followers = ChineseCounts.Read(owner, "followers_count"),
        };
    }

    private static ProbeResult? Refusal(JsonElement root)
    {
        var ok = root.TryGetProperty("ok", out var okValue) && okValue.TryGetInt32(out var o) ? o : (int?)null;
        var url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        var msg = root.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (ok == -100 || (url is not null && url.Contains("captcha", StringComparison.OrdinalIgnoreCase)))
        {
            return ProbeResult.Gap(ProbeStatus.Blocked, $"weibo: ok={ok}, login or captcha required ({url})");
        }

        if (ok == 1)
        {
            return null;
        }

        // ok:0 with "这里还没有内容" is an honest empty list; other ok:0 answers mean we read nothing.
        if (ok == 0 && msg is not null && msg.Contains("还没有内容", StringComparison.Ordinal))
        {
            return ProbeResult.Ok([]) with { Detail = $"weibo: {msg}" };
        }

        return msg is not null && (msg.Contains("不存在", StringComparison.Ordinal) || msg.Contains("已注销", StringComparison.Ordinal))
            ? ProbeResult.Gap(ProbeStatus.NotFound, $"weibo: {msg}")
            : ProbeResult.Gap(ProbeStatus.Error, $"weibo: ok={ok?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"} {msg}".TrimEnd());
    }

    /// <summary>Posts are cards of type 9; some containers wrap them one level down in <c>card_group</c>.</summary>
    private static IEnumerable<JsonElement> Mblogs(JsonElement data)
    {
        if (!data.TryGetProperty("cards", out var cards) || cards.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var card in cards.EnumerateArray())
        {
            var group = card.TryGetProperty("card_group", out var g) && g.ValueKind == JsonValueKind.Array
                ? g.EnumerateArray().ToArray()
                : [card];
            foreach (var item in group)
            {
                if (item.TryGetProperty("card_type", out var type) && type.ToString() == "9"
                    && item.TryGetProperty("mblog", out var mblog) && mblog.ValueKind == JsonValueKind.Object)
                {
                    yield return mblog;
                }
            }
        }
    }

    private static bool LooksLikeLoginOrCaptcha(string content, Uri? source)
    {
        string[] markers = ["passport.weibo", "captcha", "验证码", "visitor", "登录"];
        var where = source?.ToString() ?? "";
        return markers.Any(m => content.Contains(m, StringComparison.OrdinalIgnoreCase) || where.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
