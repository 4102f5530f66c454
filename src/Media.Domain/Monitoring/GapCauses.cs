namespace Media.Domain.Monitoring;

/// <summary>
/// Why Media cannot judge an account (SPEC §5.1 <c>GET /api/monitoring/gaps</c>): it has never observed it, or its latest
/// probe failed. The probe's status and English detail are mapped here to a cause and a Chinese detail.
/// </summary>
public static class GapCauses
{
    public const string NotObserved = "not-observed";
    public const string Blocked = "blocked";
    public const string Network = "network";
    public const string Expired = "expired";
    public const string NotFound = "not-found";
    public const string Refused = "refused";

    public static IReadOnlyList<string> All { get; } = [NotObserved, Blocked, Network, Expired, NotFound, Refused];

    public static bool IsKnown(string? cause) => cause is not null && All.Contains(cause);

    /// <summary>The cause in Chinese, for lists, badges and mail.</summary>
    public static string DisplayName(string cause) => cause switch
    {
        NotObserved => "尚未采集",
        Blocked => "平台拒绝访问",
        Network => "网络错误",
        Expired => "链接或凭据已过期",
        NotFound => "账号或页面不存在",
        Refused => "采集被拒绝",
        _ => cause,
    };

    /// <summary>The standing explanation of a cause.</summary>
    public static string Describe(string cause) => cause switch
    {
        NotObserved => "尚未采集：备案以来没有推送、采集或抽查记录",
        Blocked => "平台拒绝访问（验证码或防火墙）",
        Network => "网络错误，无法连接",
        Expired => "链接或凭据已过期",
        NotFound => "账号或页面不存在",
        Refused => "采集被拒绝（HTTP 4xx）",
        _ => cause,
    };

    /// <summary>
    /// The cause and Chinese detail of a failed probe (status <c>blocked|expired|not-found|error</c>). The probes report
    /// one <c>error</c> for everything else, so its English detail tells them apart: a failed fetch
    /// (<c>fetch failed (NetworkError|Timeout|TooManyRedirects|TooLarge)</c>) and an HTTP 5xx are <c>network</c>; our own
    /// guard's refusal (<c>fetch failed (Refused)</c>) and any other HTTP 4xx are <c>refused</c>; a page that arrived but
    /// could not be read (changed layout, an unrecognised anti-bot page) is also <c>refused</c> — the platform did not
    /// give the collector the account's content — with a detail that says so.
    /// </summary>
    public static (string Cause, string Detail) FromProbe(string status, string? detail)
    {
        var english = detail ?? "";
        return status switch
        {
            "blocked" => (Blocked, Describe(Blocked) + HttpCode(english)),
            "expired" => (Expired, Describe(Expired) + HttpCode(english)),
            "not-found" => (NotFound, Describe(NotFound) + HttpCode(english)),
            // A website read Media itself could not make (its own network or resolver down): nothing is known of the site.
            "gap" => (Network, "Media自身网络或域名解析故障，未能采集"),
            _ when english.StartsWith("fetch failed (Refused)", StringComparison.Ordinal) =>
                (Refused, "采集被拒绝：链接不是可采集的公网地址"),
            _ when english.StartsWith("fetch failed (Timeout)", StringComparison.Ordinal) => (Network, "网络错误：连接超时"),
            _ when english.StartsWith("fetch failed (", StringComparison.Ordinal) => (Network, Describe(Network)),
            _ when english.StartsWith("HTTP 5", StringComparison.Ordinal) => (Network, "平台服务器错误，无法读取" + HttpCode(english)),
            _ when english.StartsWith("HTTP 4", StringComparison.Ordinal) => (Refused, "采集被拒绝" + HttpCode(english)),
            _ => (Refused, "采集失败：页面内容无法识别（页面改版或反爬页面）"),
        };
    }

    // "HTTP 403: …" → "（HTTP 403）", so the Chinese detail keeps the code an operator looks up.
    private static string HttpCode(string english) =>
        english.StartsWith("HTTP ", StringComparison.Ordinal) && english.Length >= 8 ? $"（{english[..8]}）" : "";
}
