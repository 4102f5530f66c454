namespace Media.Probes.Extractors;

/// <summary>
/// Firewall and captcha pages that Chinese hosting puts in front of government sites. Only short pages
/// are judged: a real home page may well contain a login form with "验证码".
/// </summary>
internal static class BlockPageSignals
{
    private const int MaxBlockPageLength = 20_000;

    private static readonly string[] Markers =
    [
        "访问过于频繁", "您的访问被拦截", "您的请求已被拦截", "访问被阻断", "网站防火墙", "安全狗",
        "云锁", "创宇盾", "Access Denied", "Request blocked", "antispider",
    ];

    public static string? LooksBlocked(string content) =>
        content.Length > MaxBlockPageLength
            ? null
            : Markers.FirstOrDefault(m => content.Contains(m, StringComparison.OrdinalIgnoreCase));
}
