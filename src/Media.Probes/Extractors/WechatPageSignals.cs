namespace Media.Probes.Extractors;

/// <summary>
/// Recognises the pages WeChat and Sogou serve instead of content. Checked only after the data
/// variables were not found, so an article that merely mentions "验证码" is never mistaken for a block.
/// </summary>
internal static class WechatPageSignals
{
    private static readonly string[] BlockedMarkers =
    [
        "antispider",              // Sogou's anti-spider script and stylesheet
        "seccodeImage",            // Sogou's captcha image
        "访问过于频繁",
        "环境异常",                 // WeChat's "当前环境异常，完成验证后即可继续访问"
        "weixin110.qq.com",        // WeChat's security check redirect
        "请输入验证码",
    ];

    private static readonly (string Marker, ProbeStatus Status, string Detail)[] GoneMarkers =
    [
        ("链接已过期", ProbeStatus.Expired, "the link has expired (链接已过期)"),
        ("该内容已被发布者删除", ProbeStatus.NotFound, "the publisher deleted the content"),
        ("此内容因违规无法查看", ProbeStatus.NotFound, "the content was removed for violating rules"),
        ("该公众号已迁移", ProbeStatus.NotFound, "the account has moved to another account"),
        ("帐号已被屏蔽", ProbeStatus.NotFound, "the account has been blocked by WeChat"),
        ("帐号已注销", ProbeStatus.NotFound, "the account has been cancelled"),
        ("帐号已自主注销", ProbeStatus.NotFound, "the account has been cancelled"),
    ];

    public static ProbeResult? Recognise(string content)
    {
        foreach (var marker in BlockedMarkers)
        {
            if (content.Contains(marker, StringComparison.Ordinal))
            {
                return ProbeResult.Gap(ProbeStatus.Blocked, $"wechat: anti-spider or captcha page ({marker})");
            }
        }

        foreach (var (marker, status, detail) in GoneMarkers)
        {
            if (content.Contains(marker, StringComparison.Ordinal))
            {
                return ProbeResult.Gap(status, $"wechat: {detail}");
            }
        }

        return null;
    }
}
