using System.Text.Json;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Audit;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Time;

namespace Media.Grains.Accounts;

/// <summary>
/// The account grain's side of discoveries (SPEC §3.3): a supervisor finds an account no unit has filed; the grain keeps the
/// discovery and opens a <c>filing-missing</c> violation, listed in the discovery's region until the filing closes it.
/// </summary>
internal sealed partial class AccountGrain
{
    public Task<DiscoveryRecord?> GetDiscoveryAsync() => Task.FromResult(state.State.Discovery);

    public async Task<DiscoveryOutcome> DiscoverAsync(DiscoverAccountCommand command)
    {
        if (state.State.Record is not null)
        {
            return new DiscoveryOutcome(DiscoveryOutcomeKind.AlreadyFiled, null);
        }

        // The first discovery stands: the filing deadline counts from it, so a second report must not move it.
        if (state.State.Discovery is { } earlier)
        {
            return new DiscoveryOutcome(DiscoveryOutcomeKind.Existing, earlier);
        }

        if (!AccountKey.TryParse(Id, out var platform, out var handle))
        {
            throw new InvalidOperationException($"'{Id}' is not an account id.");
        }

        var now = clock.GetUtcNow();
        var on = BeijingTime.DateOf(now);
        var missing = FilingRules.Missing(on, command.Name, command.Url, command.UnitName, filingOptions.Value);
        state.State.Discovery = new DiscoveryRecord(Id, platform, handle, command.Name, command.Url, command.RegionCode,
            command.UnitName, now, on, command.Actor, string.Empty);
        var monitor = Monitor();
        var violation = monitor.Book.Find(new HumanFinding(missing.Rule, missing.Message, "discovery:" + command.Actor, command.Actor), now);
        var discovery = state.State.Discovery = state.State.Discovery with { ViolationId = violation.Id };
        await SaveAsync(monitor);
        await PublishAsync(monitor, now);
        await audit.AppendAsync(new AuditEntry(now, command.Actor, "account.discover", Id, null,
            JsonSerializer.Serialize(discovery, AuditJson.Options)));
        return new DiscoveryOutcome(DiscoveryOutcomeKind.Created, discovery);
    }

    // The filing has closed the discovery's violation (DiscoveryClosing). Listed under the discovery's region while
    // unfiled, it is closed there too when the unit sits in another region, or that list would show it active for good.
    private async Task PublishClosedDiscoveryAsync(ViolationRecord? closed, AccountSnapshot record)
    {
        if (closed is null || state.State.Discovery is not { } discovery || discovery.RegionCode == record.RegionCode)
        {
            return;
        }

        await GrainFactory.Ref<IRegionIndexGrain>(discovery.RegionCode)
            .UpsertViolationsAsync([new ViolationEntry(closed, string.Empty, discovery.RegionCode)]);
    }
}
