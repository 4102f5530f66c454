namespace Media.Domain.Accounts;

/// <summary>
/// Platform ids (SPEC §3.1). They are part of every account key, so they are matched exactly in
/// lower case: a key must have one spelling only.
/// </summary>
public static class Platforms
{
    public const string Weibo = "weibo";
    public const string WeChat = "wechat";

    /// <summary>微信视频号, a platform of its own: its handle is not the 公众号's.</summary>
    public const string Channels = "channels";
    public const string Douyin = "douyin";
    public const string Kuaishou = "kuaishou";
    public const string Toutiao = "toutiao";
    public const string Bilibili = "bilibili";
    public const string Xiaohongshu = "xiaohongshu";
    public const string MiniProgram = "miniprogram";

    /// <summary>A self-built mobile client (移动客户端); a unit should build only one.</summary>
    public const string App = "app";

    public const string Other = "other";

    /// <summary>
    /// A government website (SPEC §3.6): filed through <c>/api/websites</c>, never as an account, but kept on the same rails
    /// (key <c>website:{siteIdCode}</c>), so it is a known key platform without being one of <see cref="All"/>.
    /// </summary>
    public const string Website = "website";

    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal)
    {
        [Weibo] = "微博",
        [WeChat] = "微信公众号",
        [Channels] = "视频号",
        [Douyin] = "抖音",
        [Kuaishou] = "快手",
        [Toutiao] = "今日头条",
        [Bilibili] = "哔哩哔哩",
        [Xiaohongshu] = "小红书",
        [MiniProgram] = "小程序",
        [App] = "移动客户端",
        [Other] = "其他",
        [Website] = "政府网站",
    };

    public static IReadOnlyList<string> All { get; } =
        [Weibo, WeChat, Channels, Douyin, Kuaishou, Toutiao, Bilibili, Xiaohongshu, MiniProgram, App, Other];

    /// <summary>Whether <paramref name="id"/> is an account platform (one of <see cref="All"/>).</summary>
    public static bool IsKnown(string? id) => id is not null && id != Website && DisplayNames.ContainsKey(id);

    /// <summary>Whether <paramref name="id"/> may start a record key: an account platform or <see cref="Website"/>.</summary>
    public static bool IsKeyPlatform(string? id) => id is not null && DisplayNames.ContainsKey(id);

    // Other spellings people type in sheets, beside the display names.
    private static readonly Dictionary<string, string> OtherNames = new(StringComparer.Ordinal)
    {
        ["微信视频号"] = Channels,
        ["微信"] = WeChat,
        ["公众号"] = WeChat,
        ["头条"] = Toutiao,
        ["B站"] = Bilibili,
        ["客户端"] = App,
    };

    /// <summary>
    /// The platform id a person wrote: an id in any case, or a Chinese name (视频号, 微信公众号, …); anything else is returned
    /// trimmed for the validator to refuse.
    /// </summary>
    public static string? FromName(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return text;
        }

        return All.FirstOrDefault(p => DisplayNames[p] == trimmed)
            ?? OtherNames.GetValueOrDefault(trimmed)
            ?? All.FirstOrDefault(p => string.Equals(p, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? trimmed;
    }

    /// <summary>The account platforms' Chinese names, for a message that says which are accepted.</summary>
    public static string NameList => string.Join("、", All.Select(p => DisplayNames[p]));

    /// <summary>The Chinese name; an unknown id is returned unchanged so old records still render.</summary>
    public static string DisplayName(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return DisplayNames.GetValueOrDefault(id, id);
    }
}
