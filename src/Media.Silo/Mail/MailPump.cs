using Media.Abstractions.Alerts;
using Media.Grains.Alerts;
using Microsoft.Extensions.Options;

namespace Media.Silo.Mail;

/// <summary>
/// Every silo nudges the one mail dispatcher grain and the one webhook dispatcher grain at a steady pace; the grain does the work, so in a cluster
/// the mail still goes out once and survives the loss of any silo. Polling uses the machine's clock: it is
/// about when to look, not about the dates in any rule.
/// </summary>
internal sealed partial class MailPump(IGrainFactory grains, IOptions<OutboxOptions> options, IHostApplicationLifetime lifetime,
    ILogger<MailPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        var mail = grains.GetGrain<IMailDispatcherGrain>(0);
        var hooks = grains.GetGrain<IWebhookDispatcherGrain>(0);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Two grains, pumped side by side: a group robot that hangs never holds up the mail, nor the mail the robots.
            await Task.WhenAll(PumpAsync("Mail", mail.PumpAsync), PumpAsync("Webhooks", hooks.PumpAsync));

            try
            {
                await Task.Delay(options.Value.PollInterval, TimeProvider.System, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PumpAsync(string outbox, Func<Task<DispatchReport>> pump)
    {
        try
        {
            var report = await pump();
            if (report.Routed + report.Sent + report.Failed > 0)
            {
                LogPumped(outbox, report.Routed, report.Queued, report.Sent, report.Failed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Storage or the cluster is briefly unavailable: everything is in the outbox, so try again later.
            LogPumpFailed(e, outbox);
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var stopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Outbox}: {Routed} alerts routed into {Queued} mails; {Sent} sent, {Failed} failed")]
    private partial void LogPumped(string outbox, int routed, int queued, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Outbox} pump failed; retrying at the next interval")]
    private partial void LogPumpFailed(Exception exception, string outbox);
}
