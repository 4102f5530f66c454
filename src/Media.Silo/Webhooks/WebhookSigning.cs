using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Media.Grains.Alerts.Webhooks;

namespace Media.Silo.Webhooks;

/// <summary>The robots' signatures (钉钉 加签: query parameters; 飞书 签名校验: fields of the body), both HMAC-SHA256.</summary>
internal static class WebhookSigning
{
    public static (string Url, string Body) Sign(WebhookTarget target, string payload, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(target.Secret))
        {
            return (target.Url, payload);
        }

        switch (target.Kind)
        {
            case WebhookTarget.DingTalk:
            {
                // 钉钉: timestamp in milliseconds; HMAC keyed with the secret over "timestamp\nsecret", Base64, then URL-encoded.
                var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
                var sign = Hmac(target.Secret, $"{timestamp}\n{target.Secret}");
                var separator = target.Url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                return ($"{target.Url}{separator}timestamp={timestamp}&sign={Uri.EscapeDataString(sign)}", payload);
            }

            case WebhookTarget.Feishu:
            {
                // 飞书: timestamp in seconds; HMAC keyed with "timestamp\nsecret" over nothing, Base64, in the body.
                var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var body = JsonNode.Parse(payload)!.AsObject();
                body["timestamp"] = timestamp;
                body["sign"] = Hmac($"{timestamp}\n{target.Secret}", string.Empty);
                return (target.Url, body.ToJsonString());
            }

            default:
                return (target.Url, payload);
        }
    }

    private static string Hmac(string key, string data) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(data)));
}
