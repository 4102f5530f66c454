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
        var alerts = monitor.Book.Changed
            .Where(v => v.Status is ViolationStatus.Open or ViolationStatus.Suspected)
            .Select(Alert)
            .ToList();
        if (alerts.Count > 0)
        {
            await alertStore.AddAlertsAsync(alerts);
        }

        await state.WriteStateAsync();
    }

    private AlertEvent Alert(ViolationRecord violation)
    {
        var record = state.State.Record!;
        var confirmed = violation.Status == ViolationStatus.Open && MonitoringRules.NeedsReview(violation.Rule);
        return new AlertEvent(
            confirmed ? violation.Id + "/confirmed" : violation.Id,
            confirmed ? AlertKind.Confirmed : AlertKind.Violation,
            violation.Id, violation.Rule, violation.DetectedAt, violation.Evidence,
            record.Id, record.Profile.Name, record.Platform, record.Profile.Url, record.UnitCode, record.RegionCode,
            record.Profile.Responsible, clock.GetUtcNow(),
            Immediate: violation.Status == ViolationStatus.Open && MonitoringRules.KindOf(violation.Rule) == RuleKind.Veto);
    }
}
