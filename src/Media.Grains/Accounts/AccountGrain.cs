using System.Collections.Immutable;
using System.Text.Json;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Alerts;
using Media.Abstractions.Audit;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Storage;
using Media.Abstractions.Units;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Monitoring;
using Media.Domain.Time;
using Media.Domain.Websites;
using Media.Grains.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Media.Grains.Accounts;

/// <summary>
/// One account: applies the filing and monitoring rules, writes its state once per call, then brings its
/// unit, its region index (line and violations) and the audit log up to date before it answers. A filing is
/// announced (<see cref="FilingIntent"/>) before its state is written, so a crash between the three writes is
/// finished at the next start (<see cref="FinishFilingAsync"/>).
/// </summary>
// An account is touched a few times a day (a post, a probe, a sweep); a million of them must not stay in memory.
[CollectionAgeLimit(Minutes = 2)]
// In a cluster an account activates on the silo whose API call first needs it: under Orleans' default (resource-optimized)
// placement two new accounts in three landed on another silo, one more hop and two more serializations per request.
[Orleans.Placement.PreferLocalPlacement]
internal sealed partial class AccountGrain(
    [PersistentState(StateNames.Account, StateNames.Store)] IPersistentState<AccountState> state,
    IOptions<FilingRuleOptions> filingOptions,
    IOptions<MonitoringOptions> monitoringOptions,
    IOptions<WebsiteOptions> websiteOptions,
    ContentLexicons lexicons,
    IAuditLog audit,
    IFilingIntents intents,
    IAlertStore alertStore,
    IPostLog postLog,
    IndexNotes indexNotes,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : Grain, IAccountGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<AccountSnapshot?> GetAsync() => Task.FromResult(state.State.Record);

    public async Task<FilingOutcome> OpenAsync(OpenAccountCommand command)
    {
        if (state.State.Record is { } existing)
        {
            // A client retrying after a crash between our write and the index update gets its 409, and the
            // index and unit are brought back in line on the way.
            var unitOfExisting = GrainFactory.Ref<IUnitGrain>(existing.UnitCode);
            await unitOfExisting.RegisterAccountAsync(Id, existing.Platform);
            try
            {
                await PublishAsync(Monitor(), clock.GetUtcNow());
            }
            finally
            {
                await unitOfExisting.SettleAccountAsync(Id);
            }

            return new FilingOutcome(FilingOutcomeKind.AlreadyExists, existing, null, null);
        }

        if (!AccountKey.TryParse(Id, out var platform, out _))
        {
            return FilingOutcome.Rejected("id", FilingOutcome.InvalidId);
        }

        // The unit and the registration in one call; a filing refused below settles as one that failed.
        var unitGrain = GrainFactory.Ref<IUnitGrain>(command.UnitCode);
        var reservation = await unitGrain.ReserveAccountAsync(Id, platform);
        if (reservation.Unit is not { } unit)
        {
            return FilingOutcome.Rejected("unitCode", FilingOutcome.UnitNotRegistered);
        }

        var stored = false;
        FilingIntent intent;
        AccountSnapshot record;
        try
        {
            var now = clock.GetUtcNow();
            var (opening, rejection) = AccountOpening.Evaluate(Id, unit, command, now, filingOptions.Value,
                state.State.Discovery?.DiscoveredOn);
            if (opening is null)
            {
                return rejection!;
            }

            record = opening.Build(reservation.OtherAccountsOnPlatform);
            intent = IntentFor(command.Actor, "account.open", null, record, now);
            await intents.RecordAsync(intent);
            state.State.Record = record;
            var monitor = Monitor();
            var closed = DiscoveryClosing.Close(monitor.Book, record, command.Actor, now);
            monitor.Evaluate(now, openTimeBased: false);
            await SaveAsync(monitor);
            stored = true;
            await PublishAsync(monitor, now);
            await PublishClosedDiscoveryAsync(closed, record);
        }
        finally
        {
            // The account's line is in the index now (or the filing failed): the unit need not hold it any longer.
            await unitGrain.SettleAccountAsync(Id, stored);
        }

        await intents.CompleteAsync(intent);

        // An imported account is not touched again for hours (its first post, the next sweep). Kept for the collection
        // age, a fast import holds hundreds of thousands of idle activations, most of the silo's memory. A single filing
        // keeps its grain: the person filing usually opens the account next, and deactivating has a cost of its own.
        if (BulkImport.IsUnderWay)
        {
            DeactivateOnIdle();
        }

        return new FilingOutcome(FilingOutcomeKind.Created, record, null, null);
    }

    public async Task<FilingOutcome> FileAsync(LifecycleCommand command)
    {
        if (state.State.Record is not { } before)
        {
            return new FilingOutcome(FilingOutcomeKind.NotFound, null, null, null);
        }

        var now = clock.GetUtcNow();
        if (FilingDates.CheckEffectiveOn(command.EffectiveOn, before.OpenedOn, BeijingTime.DateOf(now)) is { } badDate)
        {
            return new FilingOutcome(FilingOutcomeKind.Invalid, null, "effectiveOn", badDate);
        }

        // An approval brought by the filing is judged on the unit, as the opening's was.
        var unit = command.Changes?.Approval is null ? null : await GrainFactory.Ref<IUnitGrain>(before.UnitCode).GetAsync();
        if (AccountLifecycle.Apply(before, command, now, filingOptions.Value, unit) is not { } after)
        {
            return FilingOutcome.Rejected("kind", AccountLifecycle.RefusalFor(before.Status, command.Kind));
        }

        var intent = IntentFor(command.Actor, "account." + AccountLifecycle.Id(command.Kind), before, after, now);
        await intents.RecordAsync(intent);
        state.State.Record = after;
        var monitor = Monitor();
        monitor.Evaluate(now, openTimeBased: false);
        await SaveAsync(monitor);
        if (after.Status != before.Status)
        {
            await GrainFactory.Ref<IUnitGrain>(after.UnitCode).SetAccountStatusAsync(Id, after.Status);
        }

        await PublishAsync(monitor, now);
        await intents.CompleteAsync(intent);
        return new FilingOutcome(FilingOutcomeKind.Updated, after, null, null);
    }

    private AccountMonitor Monitor() => new(state.State, monitoringOptions.Value, lexicons, websiteOptions.Value);

    /// <summary>
    /// Writes the index line and any changed violations to the region index. With <c>lineCanWait</c> and no
    /// violation changed, the line is only noted (<see cref="IndexNotes"/>): the account can give it again.
    /// </summary>
    private async Task PublishAsync(AccountMonitor monitor, DateTimeOffset now, bool lineCanWait = false)
    {
        if (state.State.Record is not { } record)
        {
            // Discovered but unfiled: no line (lists, sweeps and samplings count filed accounts), only its violations,
            // under the discovery's region and no unit, so supervisors see them and no unit's filter does.
            await PublishViolationsAsync(monitor, string.Empty, state.State.Discovery!.RegionCode);
            return;
        }

        var entry = monitor.IndexEntry(now);
        if (lineCanWait && monitor.Book.Changed.Count == 0)
        {
            indexNotes.Note(entry);
            return;
        }

        await indexNotes.BeforeUpsertAsync(entry);
        await GrainFactory.Ref<IRegionIndexGrain>(record.RegionCode).UpsertAsync(entry);
        await PublishViolationsAsync(monitor, record.UnitCode, record.RegionCode);
    }

    private Task PublishViolationsAsync(AccountMonitor monitor, string unitCode, string regionCode) =>
        monitor.Book.Changed.Count == 0
            ? Task.CompletedTask
            : GrainFactory.Ref<IRegionIndexGrain>(regionCode).UpsertViolationsAsync(
                [.. monitor.Book.Changed.Select(v => new ViolationEntry(v, unitCode, regionCode))]);

    // The audit row of a filing, stored as an intent before the state (FilingIntent) and finished into the log after the index.
    private FilingIntent IntentFor(string actor, string action, AccountSnapshot? before, AccountSnapshot after, DateTimeOffset filedAt) =>
        new(Id, after.Filings.Length, filedAt, actor, action,
            before is null ? null : JsonSerializer.Serialize(before, AuditJson.Options),
            JsonSerializer.Serialize(after, AuditJson.Options));
}
