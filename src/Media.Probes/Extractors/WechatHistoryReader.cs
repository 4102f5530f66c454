using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Media.Probes.Extractors;

/// <summary>
/// A WeChat account history page ("最近10条群发"): <c>var msgList = {"list":[…]}</c> in a script, one
/// entry per push, each push holding a main article and possibly more in <c>multi_app_msg_item_list</c>.
/// </summary>
internal static partial class WechatHistoryReader
{
    /// <summary>Null when the page has no <c>msgList</c>.</summary>
    public static ProbeResult? TryRead(ProbeInput input)
    {
        var declaration = MsgListDeclaration().Match(input.Content);
        if (!declaration.Success)
        {
            return null;
        }

        using var json = ParseValue(input.Content, declaration.Index + declaration.Length);
        var posts = new PostCollector("wechat");
        var origin = WechatPostIds.WebSource(input.Source) ?? WechatPostIds.Origin;
        if (json.RootElement.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                ReadEntry(entry, origin, posts);
            }
        }

        var vars = ScriptLiterals.ReadVariables(input.Content, ["name"]);
        var nickname = ProfileNickname().Match(input.Content);
        return posts.ToResult() with
        {
            Handle = vars.GetValueOrDefault("name"),
            AccountName = nickname.Success ? WebUtility.HtmlDecode(nickname.Groups[1].Value).Trim() : null,
        };
    }

    private static void ReadEntry(JsonElement entry, Uri origin, PostCollector posts)
    {
        if (!entry.TryGetProperty("comm_msg_info", out var info)
            || !info.TryGetProperty("datetime", out var datetime)
            || BeijingDates.FromUnix(datetime) is not { } published)
        {
            posts.Skip("history entry without comm_msg_info.datetime");
            return;
        }

        var id = info.TryGetProperty("id", out var idValue) ? idValue.ToString() : null;
        if (!entry.TryGetProperty("app_msg_ext_info", out var article) || article.ValueKind != JsonValueKind.Object)
        {
            // Text, image and voice pushes have no article, but they are posts all the same.
            var content = info.TryGetProperty("content", out var c) ? Decode(c.GetString()) : null;
            posts.Add(new ProbedPost(id, published, null, null, false, content));
            return;
        }

        posts.Add(Article(article, id, 1, published, origin));
        if (article.TryGetProperty("multi_app_msg_item_list", out var more) && more.ValueKind == JsonValueKind.Array)
        {
            var position = 2;
            foreach (var item in more.EnumerateArray())
            {
                posts.Add(Article(item, id, position++, published, origin));
            }
        }
    }

    private static ProbedPost Article(JsonElement item, string? pushId, int position, DateTimeOffset published, Uri origin)
    {
        var link = Decode(item.TryGetProperty("content_url", out var u) ? u.GetString() : null);
        Uri? url = link is not null && Uri.TryCreate(origin, link, out var absolute) ? absolute : null;
        var postId = WechatPostIds.FromLink(url) ?? (pushId is null ? null : WechatPostIds.Of(pushId, position.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ProbedPost(
            postId,
            published,
            Decode(item.TryGetProperty("title", out var t) ? t.GetString() : null),
            url?.ToString(),
            Repost: false,
            Text: Decode(item.TryGetProperty("digest", out var d) ? d.GetString() : null));
    }

    /// <summary>
    /// Reads exactly one JSON value starting at <paramref name="start"/>; the script after it is ignored.
    /// Some page versions write the object as an HTML-escaped string literal instead.
    /// </summary>
    private static JsonDocument ParseValue(string content, int start)
    {
        if (start < content.Length && content[start] is '"' or '\'')
        {
            var literal = ScriptLiterals.ReadString(content, ref start)
                ?? throw new JsonException("msgList string is not terminated");
            return JsonDocument.Parse(WebUtility.HtmlDecode(literal));
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(content[start..]));
        return JsonDocument.ParseValue(ref reader);
    }

    private static string? Decode(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : WebUtility.HtmlDecode(value).Trim();

    [GeneratedRegex(@"\bvar\s+msgList\s*=\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MsgListDeclaration();

    [GeneratedRegex(@"<strong\s+class=""profile_nickname""\s*>([^<]*)</strong>", RegexOptions.CultureInvariant)]
    private static partial Regex ProfileNickname();
}
