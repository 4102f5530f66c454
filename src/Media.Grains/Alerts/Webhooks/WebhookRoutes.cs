using Media.Abstractions.Alerts;

namespace Media.Grains.Alerts.Webhooks;

/// <summary>Which configured receivers hear an alert: those of the office the alert is routed to, when that office hears it at once.</summary>
internal static class WebhookRoutes
{
    public static IReadOnlyList<HookDelivery> For(AlertEvent alert, AlertContext context, IEnumerable<WebhookTarget> targets, IWebhookComposer composer)
    {
        if (!AlertRecipients.TellsOffice(alert))
        {
            return [];
        }

        return [.. targets.Where(t => t.Office == context.Office).DistinctBy(t => t.Id)
            .Select(t => new HookDelivery(HookDelivery.KeyFor(alert.Id, t.Id), alert.Id, t.Id, composer.Payload(alert, context, t.Kind)))];
    }
}
