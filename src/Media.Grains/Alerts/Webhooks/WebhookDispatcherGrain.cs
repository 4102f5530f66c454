using Media.Abstractions.Alerts;
using Media.Abstractions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.Grains.Alerts.Webhooks;

/// <summary>
/// Posts the stored group-robot messages. One activation in the cluster and not reentrant, so a message is never posted
/// by two silos at once; a message is marked sent as soon as its receiver acknowledged it, so a crash in between resends
/// at most that one. Failures wait with the mail outbox's back-off (<c>Mail:RetryFirst</c>, <c>Mail:RetryMax</c>).
/// </summary>
internal sealed partial class WebhookDispatcherGrain(
    IAlertStore store,
    IWebhookDelivery delivery,
    IOptions<OutboxOptions> outbox,
    IOptionsMonitor<WebhookOptions> options,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    ILogger<WebhookDispatcherGrain> log) : Grain, IWebhookDispatcherGrain
{
    public async Task<DispatchReport> PumpAsync()
    {
        var o = options.CurrentValue;
        var drain = new OutboxDrain<HookDelivery>((now, take) => store.HooksDueAsync(now, take), h => h.Key, h => h.Attempts,
            (h, at) => store.MarkHookSentAsync(h.Key, at), (h, next, error) => store.MarkHookFailedAsync(h.Key, next, error));
        drain.Failed += (hook, attempt, wait, error) => LogFailed(hook.Target, hook.AlertId, attempt, wait, error);

        // One batch per pump, posted in parallel: a receiver that hangs costs one timeout, not one per message.
        var (sent, failed) = await drain.RunAsync(outbox.Value, clock, o.BatchSize, 1, (due, sentOne, failedOne) =>
            Task.WhenAll(due.Select(async hook =>
            {
                var error = o.Find(hook.Target) is { } target
                    ? await delivery.PostAsync(target, hook.Payload, CancellationToken.None)
                    : "该接收方已不在配置中（Webhooks:Targets）";
                await (error is null ? sentOne(hook) : failedOne(hook, error));
            })));
        return new DispatchReport(0, 0, sent, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Target} for alert {AlertId} failed, attempt {Attempt}; next try in {Wait}: {Error}")]
    private partial void LogFailed(string target, string alertId, int attempt, TimeSpan wait, string error);
}
