using Media.Abstractions;
using Media.Abstractions.Alerts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Sampling;
using Media.Abstractions.Storage;
using Media.Abstractions.Units;
using Media.Domain.Alerts;
using Media.Domain.Regions;
using Media.Domain.Time;
using Media.Grains.Alerts.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.Grains.Alerts;

/// <summary>
/// Routes alerts to mails and group-robot messages (sent by <see cref="Webhooks.WebhookDispatcherGrain"/>) and sends the mails. One activation in the cluster, and not reentrant, so a mail is
/// never handed to two SMTP connections at once; everything it does is recorded in the outbox first, so a
/// crash anywhere loses nothing and at worst resends one mail with the same Message-ID.
/// </summary>
internal sealed partial class MailDispatcherGrain(
    IAlertStore store,
    IMailComposer composer,
    IMailDelivery delivery,
    IWebhookComposer hookComposer,
    IOptions<OutboxOptions> options,
    IOptionsMonitor<WebhookOptions> hooks,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    ILogger<MailDispatcherGrain> log) : Grain, IMailDispatcherGrain
{
    private const int RouteBatch = 200;

    public async Task<DispatchReport> PumpAsync()
    {
        var (routed, queued) = await RouteAsync();
        var (sent, failed) = await SendDueAsync();
        return new DispatchReport(routed, queued, sent, failed);
    }

    public async Task<int> QueueDigestsAsync(DateOnly day)
    {
        await RouteAsync();
        var from = BeijingTime.StartOfDay(day);
        var mails = new List<OutgoingMail>();
        var statuses = new Dictionary<string, IReadOnlyDictionary<string, ViolationStatus>>(StringComparer.Ordinal);
        foreach (var supervisor in await Directory.AllSupervisorsAsync())
        {
            if (!supervisor.Digest || Mailable(supervisor) is not { } office)
            {
                continue;
            }

            // Rectification steps were mailed to the other side at once; the digest lists problems.
            var alerts = (await store.RaisedForOfficeAsync(office, from, from.AddDays(1)))
                .Where(a => a.Kind is not (AlertKind.Notice or AlertKind.Answer or AlertKind.Rejection or AlertKind.Reminder)).ToList();
            if (alerts.Count > 0)
            {
                await LoadStatusesAsync(alerts, statuses);
                var units = await UnitNameBook.LookUpAsync(GrainFactory, alerts.Select(a => (a.UnitCode, a.RegionCode)));
                mails.Add(composer.Digest(supervisor, day, DigestLine.Collect(alerts, v => StatusOf(statuses, v)), units));
            }
        }

        mails.AddRange(await GapDigestsAsync(day));
        var added = await store.AddMailsAsync(mails);
        await SendDueAsync();
        return added;
    }

    public async Task<int> QueueWeeklySummariesAsync(DateOnly monday)
    {
        var to = BeijingTime.StartOfDay(monday);
        var from = to.AddDays(-7);
        var mails = new List<OutgoingMail>();
        foreach (var supervisor in await Directory.AllSupervisorsAsync())
        {
            if (!supervisor.Digest || Mailable(supervisor) is not { } region)
            {
                continue;
            }

            var regions = await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(region);
            var weeks = await Task.WhenAll(regions.Select(r => GrainFactory.Ref<IRegionIndexGrain>(r).WeekAsync(from, to)));
            var facts = weeks.Aggregate(WeekFacts.Empty, (a, b) => a.Plus(b));
            var units = await UnitNameBook.LookUpAsync(GrainFactory, facts.Opened.Concat(facts.Resolved).Select(v => (v.UnitCode, v.RegionCode))
                .Concat(facts.NearLine.Concat(facts.LateFilings).Select(e => (e.UnitCode, e.RegionCode))));
            mails.Add(composer.WeeklySummary(supervisor, monday, facts, units));
        }

        var added = await store.AddMailsAsync(mails);
        await SendDueAsync();
        return added;
    }

    public async Task<int> QueueSamplingRemindersAsync(string quarter)
    {
        var previous = Domain.Sampling.Quarter.TryParse(quarter, out var q) ? q.Previous.ToString() : quarter;
        var mails = new List<OutgoingMail>();
        foreach (var supervisor in await Directory.AllSupervisorsAsync())
        {
            if (Mailable(supervisor) is not { } region)
            {
                continue;
            }

            var last = await GrainFactory.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(previous, region)).GetAsync();
            var recheck = last?.Failures.Count() ?? 0;
            mails.Add(composer.SamplingReminder(supervisor, quarter, recheck));
        }

        var added = await store.AddMailsAsync(mails);
        LogSamplingDue(quarter, added);
        await SendDueAsync();
        return added;
    }

    // The digest shows each violation as it stands now, read once per account from the account that owns it.
    private async Task LoadStatusesAsync(IEnumerable<AlertEvent> alerts, Dictionary<string, IReadOnlyDictionary<string, ViolationStatus>> statuses)
    {
        foreach (var account in alerts.Select(a => a.AccountId).Distinct(StringComparer.Ordinal).Where(a => !statuses.ContainsKey(a)))
        {
            var violations = await GrainFactory.Ref<IMonitoredAccount>(account).GetViolationsAsync();
            statuses[account] = violations.ToDictionary(v => v.Id, v => v.Status, StringComparer.Ordinal);
        }
    }

    private static ViolationStatus? StatusOf(Dictionary<string, IReadOnlyDictionary<string, ViolationStatus>> statuses, string violationId) =>
        ViolationRecord.AccountOf(violationId) is { } account && statuses.TryGetValue(account, out var book) && book.TryGetValue(violationId, out var status)
            ? status
            : null;

    // A supervisor's region when they can be mailed at all (a region and a usable address), else null.
    private static string? Mailable(UserContact supervisor) =>
        MailAddressRules.IsUsable(supervisor.Email) ? supervisor.RegionCode : null;

    private IUserDirectoryGrain Directory => GrainFactory.GetGrain<IUserDirectoryGrain>(0);

    private async Task<(int Routed, int Queued)> RouteAsync()
    {
        var routed = 0;
        var queued = 0;
        while (true)
        {
            var batch = await store.UnroutedAsync(RouteBatch);
            foreach (var alert in batch)
            {
                var unit = await GrainFactory.Ref<IUnitGrain>(alert.UnitCode).GetAsync();
                var office = AlertRecipients.OfficeOf(alert, unit);
                var recipients = alert.Immediate
                    ? AlertRecipients.Immediate(alert, await Directory.SupervisorsOfAsync(office), await Directory.UsersOfUnitAsync(alert.UnitCode))
                    : [];
                // The unit's name is read here, when the alert is routed, and not stored on the alert when it is raised: the
                // mails and robot messages are built now and stored with their final bytes in the transaction that marks the
                // alert routed, so what is stored is what is sent and nothing is looked up or built later. A failed look-up
                // stores nothing and the next pump routes the alert again; a unit that is gone is named by its code.
                var context = new AlertContext(alert.UnitCode, unit?.Name, office);
                var mails = recipients.Select(r => composer.Alert(alert, r, context)).ToList();
                // The group robots' messages are stored with the mails, so an alert routed once reaches each receiver once.
                var messages = WebhookRoutes.For(alert, context, hooks.CurrentValue.Targets, hookComposer);
                await store.RouteAsync(alert.Id, office, mails, messages);
                if (mails.Count > 0 && alert.Kind is (AlertKind.Violation or AlertKind.Confirmed))
                {
                    await GrainFactory.Ref<IMonitoredAccount>(alert.AccountId).MarkNotifiedAsync(alert.ViolationId);
                }

                routed++;
                queued += mails.Count;
            }

            if (batch.Count < RouteBatch)
            {
                return (routed, queued);
            }
        }
    }

    private async Task<(int Sent, int Failed)> SendDueAsync()
    {
        var drain = new OutboxDrain<OutgoingMail>((now, take) => store.DueAsync(now, take), m => m.Key, m => m.Attempts,
            (m, at) => store.MarkSentAsync(m.Key, at), (m, next, error) => store.MarkFailedAsync(m.Key, next, error));
        drain.Failed += (mail, attempt, wait, error) => LogFailed(mail.Recipient, mail.MessageId, attempt, wait, error);
        return await drain.RunAsync(options.Value, clock, options.Value.BatchSize, int.MaxValue,
            (mails, sent, failed) => delivery.SendAsync(mails, sent, failed, CancellationToken.None));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sampling for {Quarter} is due: {Count} supervisors reminded")]
    private partial void LogSamplingDue(string quarter, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {Recipient} ({MessageId}) failed, attempt {Attempt}; next try in {Wait}: {Error}")]
    private partial void LogFailed(string recipient, string messageId, int attempt, TimeSpan wait, string error);
}
