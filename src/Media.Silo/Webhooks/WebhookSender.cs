using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Media.Grains.Alerts.Webhooks;
using Microsoft.Extensions.Options;

namespace Media.Silo.Webhooks;

/// <summary>
/// Posts a message and reads the receiver's verdict: a 2xx and, for the robots, their own success code (企业微信 and 钉钉
/// <c>errcode: 0</c>, 飞书 <c>code: 0</c>), since they answer 200 to a message they refused. Signed robots get their
/// signature at each attempt, from the machine's clock, because the receiver checks the timestamp against its own.
/// </summary>
internal sealed class WebhookSender(IOptionsMonitor<WebhookOptions> options) : IWebhookDelivery, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<string?> PostAsync(WebhookTarget target, string payload, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var (url, body) = WebhookSigning.Sign(target, payload, now);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.CurrentValue.Timeout);
        try
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await _http.PostAsync(url, content, timeout.Token);
            var answer = await response.Content.ReadAsStringAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return $"HTTP {(int)response.StatusCode}: {Shorten(answer)}";
            }

            return target.Kind == WebhookTarget.Json ? null : RobotVerdict(target.Kind, answer);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return e is OperationCanceledException ? $"接收方在{options.CurrentValue.Timeout.TotalSeconds:0}秒内未应答" : e.Message;
        }
    }

    public void Dispose() => _http.Dispose();

    // The robot's own code: 0 is success; anything else (a bad key, a failed signature, a rate limit) is a failure to retry.
    private static string? RobotVerdict(string kind, string answer)
    {
        try
        {
            var json = JsonNode.Parse(answer) as JsonObject;
            var code = kind == WebhookTarget.Feishu ? json?["code"] ?? json?["StatusCode"] : json?["errcode"];
            return code is JsonValue value && value.TryGetValue<long>(out var n) && n == 0 ? null : $"接收方拒绝：{Shorten(answer)}";
        }
        catch (JsonException)
        {
            return $"接收方应答不是 JSON：{Shorten(answer)}";
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;
}
