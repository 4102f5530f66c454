using System.Text.Json;
using Media.Abstractions.Audit;
using Media.Abstractions.Monitoring;

namespace Media.Grains.Accounts;

/// <summary>The account grain's side of human findings: a person's report becomes a violation with the normal life.</summary>
internal sealed partial class AccountGrain
{
    public async Task<ViolationRecord?> RecordFindingAsync(HumanFinding finding)
    {
        if (state.State.Record is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var monitor = Monitor();
        var violation = monitor.Book.Find(finding, now);
        if (monitor.Book.Changed.Count == 0)
        {
            return violation;
        }

        await SaveAsync(monitor);
        await PublishAsync(monitor, now);
        await audit.AppendAsync(new AuditEntry(now, finding.Actor, "violation.finding", violation.Id, null,
            JsonSerializer.Serialize(violation, AuditJson.Options)));
        return violation;
    }
}
