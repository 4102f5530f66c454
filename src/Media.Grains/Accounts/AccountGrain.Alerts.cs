using Media.Abstractions.Alerts;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;

namespace Media.Grains.Accounts;

/// <summary>The account grain's alerts: raised into the outbox before the state that caused them is written.</summary>
internal sealed partial class AccountGrain
{
    /// <summary>
    /// Raises the alerts for the violations this call opened or confirmed, then writes the state. In this
    /// order a crash between the two repeats the call with the same violation ids, which the outbox has
    /// already stored, so the alert is neither lost nor doubled.
    /// </summary>
    private async Task SaveAsync(AccountMonitor monitor)
    {
        // An unfiled account has no unit and no responsible person to route to: its discoverer follows it in the lists.
        var alerts = state.State.Record is null ? [] : monitor.Book.Changed.Select(AlertFor).OfType<AlertEvent>().ToList();
        if (alerts.Count > 0)
        {
            await alertStore.AddAlertsAsync(alerts);
        }

        await state.WriteOrForgetAsync(this);
        _unsaved = false;
    }

    // Opened (or, for content hits, confirmed) violations alert their office; an overdue notice goes one level up,
    // once per notice deadline; each rectification step tells the other side. Resolutions raise nothing.
    private AlertEvent? AlertFor(ViolationRecord violation) => violation.Status switch
    {
        ViolationStatus.Open when MonitoringRules.NeedsReview(violation.Rule) =>
            Alert(violation, violation.Id + "/confirmed", AlertKind.Confirmed, MonitoringRules.KindOf(violation.Rule) == RuleKind.Veto),
        // A warning is mailed at once too, but only to the unit's side (AlertRecipients), so it can still post in time.
        ViolationStatus.Open => Alert(violation, violation.Id, AlertKind.Violation, MonitoringRules.KindOf(violation.Rule) is RuleKind.Veto or RuleKind.Warning),
        ViolationStatus.Suspected => Alert(violation, violation.Id, AlertKind.Violation, false),
        ViolationStatus.Overdue when violation.Rectification is { } r =>
            Alert(violation, $"{violation.Id}/escalated/{r.Deadline:yyyy-MM-dd}", AlertKind.Escalation, true) with { Deadline = r.Deadline },
        ViolationStatus.Rectifying when violation.Rectification is { } r => StepAlert(violation, r),
        _ => null,
    };

    // The step is read from the rectification itself (a reminder is cleared by a rejection, so it names this round). Its id names the notice and the rejections so far (an answer
    // after a rejection shares its count, not its kind), so a record changed again for another reason raises the
    // same id, which the outbox stores once, while each new step gets its own.
    private AlertEvent StepAlert(ViolationRecord violation, Rectification r)
    {
        var (kind, text) = r switch
        {
            { RespondedAt: not null } => (AlertKind.Answer, $"{r.ResponseText}（佐证：{r.EvidenceUrl}）"),
            { RemindedAt: not null } => (AlertKind.Reminder, r.NoticeText ?? string.Empty),
            { VerifiedAt: { } rejected } when rejected >= r.NoticedAt => (AlertKind.Rejection, r.VerdictNote ?? string.Empty),
            _ => (AlertKind.Notice, r.NoticeText ?? string.Empty),
        };
        return Alert(violation, $"{violation.Id}/{kind.ToString().ToLowerInvariant()}/{r.NoticedAt.UtcTicks}/{r.Rejections}", kind, true)
            with { Deadline = r.Deadline, Evidence = text };
    }

    private AlertEvent Alert(ViolationRecord violation, string id, AlertKind kind, bool immediate)
    {
        var record = state.State.Record!;
        return new AlertEvent(id, kind, violation.Id, violation.Rule, violation.DetectedAt, violation.Evidence,
            record.Id, record.Profile.Name, record.Platform, record.Profile.Url, record.UnitCode, record.RegionCode,
            record.Profile.Responsible, clock.GetUtcNow(), immediate);
    }
}
