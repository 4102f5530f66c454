using System.Text.Json.Serialization;

namespace Media.Probes;

/// <summary>
/// What a probe learned about its own ability to read an account (SPEC §3.3). Only <see cref="Ok"/>
/// says anything about the account's activity; every other value is a monitoring gap.
/// </summary>
[JsonConverter(typeof(ProbeStatusJsonConverter))]
public enum ProbeStatus
{
    Ok,

    /// <summary>Captcha, WAF or anti-spider page, or HTTP 403/418/432/429: the platform refused us.</summary>
    Blocked,

    /// <summary>The link or the credentials behind it have expired (e.g. WeChat "链接已过期").</summary>
    Expired,

    /// <summary>The account or page no longer exists (HTTP 404/410, deleted account).</summary>
    NotFound,

    /// <summary>Anything else: unreadable content, network failure, page over the size cap.</summary>
    Error,
}
