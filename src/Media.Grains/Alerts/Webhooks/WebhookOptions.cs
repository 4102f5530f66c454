using System.Security.Cryptography;
using System.Text;

namespace Media.Grains.Alerts.Webhooks;

/// <summary>Group robots and webhooks that hear an office's alerts (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Each office's robots; an office may have several, of any kind.</summary>
    public List<WebhookTarget> Targets { get; set; } = [];

    /// <summary>How long one post to a receiver may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages posted in one pump (in parallel); the rest wait for the next pump.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The target whose <see cref="WebhookTarget.Id"/> this is, if it is still configured.</summary>
    public WebhookTarget? Find(string id) => Targets.Find(t => t.Id == id);
}

/// <summary>One receiver: the office (region code) whose alerts it hears, its kind, its URL and, for signed robots, the secret.</summary>
public sealed class WebhookTarget
{
    /// <summary>企业微信 group robot.</summary>
    public const string WeCom = "wecom";

    /// <summary>钉钉 group robot.</summary>
    public const string DingTalk = "dingtalk";

    /// <summary>飞书 group robot.</summary>
    public const string Feishu = "feishu";

    /// <summary>Any receiver that takes the alert's fields as JSON.</summary>
    public const string Json = "json";

    public static readonly string[] Kinds = [WeCom, DingTalk, Feishu, Json];

    public string Office { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    /// <summary>The robot's signing secret (钉钉 加签, 飞书 签名校验); none for an unsigned robot.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// A stable name for the target in the outbox: kind, office and a hash of the URL, so reordering the list keeps each
    /// delivery with its receiver and no URL (which holds the robot's key) is written to the store.
    /// </summary>
    public string Id => $"{Kind}:{Office}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Url)))[..16].ToLowerInvariant()}";
}
