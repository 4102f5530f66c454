using System.Collections.Immutable;
using System.Text.Json;
using Media.Abstractions.Accounts;
using Media.Abstractions.Audit;
using Media.Abstractions.Index;
using Media.Abstractions.Units;
using Media.Domain.Filing;
using Microsoft.Extensions.Options;

namespace Media.Grains.Accounts;

/// <summary>One account: applies the filing rules, writes its state once per filing, then tells its
/// unit, its region index and the audit log.</summary>
internal sealed class AccountGrain(
    [PersistentState(StateNames.Account, StateNames.Store)] IPersistentState<AccountState> state,
    IOptions<FilingRuleOptions> options,
    IAuditLog audit,
    TimeProvider clock) : Grain, IAccountGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<AccountSnapshot?> GetAsync() => Task.FromResult(state.State.Record);

    public async Task<FilingOutcome> OpenAsync(OpenAccountCommand command)
    {
        if (state.State.Record is { } existing)
        {
            // A client retrying after a crash between our write and the index update gets its 409, and the
            // index and unit are brought back in line on the way.
            await GrainFactory.GetGrain<IUnitGrain>(existing.UnitCode).RegisterAccountAsync(Id, existing.Platform);
            await PublishAsync(existing);
            return new FilingOutcome(FilingOutcomeKind.AlreadyExists, existing, null, null);
        }

        var unitGrain = GrainFactory.GetGrain<IUnitGrain>(command.UnitCode);
        var unit = await unitGrain.GetAsync();
        if (unit is null)
        {
            return FilingOutcome.Rejected("unitCode", "主办单位尚未登记，请先登记单位");
        }

        var (opening, rejection) = AccountOpening.Evaluate(Id, unit, command, clock.GetUtcNow(), options.Value);
        if (opening is null)
        {
            return rejection!;
        }

        var others = await unitGrain.RegisterAccountAsync(Id, opening.Platform);
        var record = opening.Build(others);
        state.State.Record = record;
        await state.WriteStateAsync();
        await PublishAsync(record);
        await AuditAsync(command.Actor, "account.open", null, record);
        return new FilingOutcome(FilingOutcomeKind.Created, record, null, null);
    }

    public async Task<FilingOutcome> FileAsync(LifecycleCommand command)
    {
        if (state.State.Record is not { } before)
        {
            return new FilingOutcome(FilingOutcomeKind.NotFound, null, null, null);
        }

        if (AccountLifecycle.Apply(before, command, clock.GetUtcNow(), options.Value) is not { } after)
        {
            return FilingOutcome.Rejected("kind", AccountLifecycle.RefusalFor(before.Status, command.Kind));
        }

        state.State.Record = after;
        await state.WriteStateAsync();
        if (after.Status != before.Status)
        {
            await GrainFactory.GetGrain<IUnitGrain>(after.UnitCode).SetAccountStatusAsync(Id, after.Status);
        }

        await PublishAsync(after);
        await AuditAsync(command.Actor, "account." + AccountLifecycle.Id(command.Kind), before, after);
        return new FilingOutcome(FilingOutcomeKind.Updated, after, null, null);
    }

    private async Task PublishAsync(AccountSnapshot record)
    {
        await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).AddAsync(record.RegionCode);
        await GrainFactory.GetGrain<IRegionIndexGrain>(record.RegionCode).UpsertAsync(ToIndexEntry(record));
    }

    private Task AuditAsync(string actor, string action, AccountSnapshot? before, AccountSnapshot after) =>
        audit.AppendAsync(new AuditEntry(
            clock.GetUtcNow(), actor, action, Id,
            before is null ? null : JsonSerializer.Serialize(before, AuditJson.Options),
            JsonSerializer.Serialize(after, AuditJson.Options)));

    private static IndexEntry ToIndexEntry(AccountSnapshot record) => new(
        record.Id, record.UnitCode, record.Platform, record.Profile.Name, record.Status, record.OpenedOn,
        record.Findings.Length, record.RegionCode);
}
