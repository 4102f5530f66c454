using Media.Abstractions.Alerts;

namespace Media.Grains.Alerts.Webhooks;

/// <summary>Turns an alert into the JSON body a receiver of a kind expects (企业微信, 钉钉 and 飞书 robots, or plain JSON).</summary>
public interface IWebhookComposer
{
    string Payload(AlertEvent alert, AlertContext context, string kind);
}

/// <summary>Posts one message to one receiver; null when the receiver took it, else why not.</summary>
public interface IWebhookDelivery
{
    Task<string?> PostAsync(WebhookTarget target, string payload, CancellationToken cancellationToken);
}
