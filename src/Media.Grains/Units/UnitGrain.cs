using System.Collections.Immutable;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>
/// A unit and its accounts; it decides duplicate-account counts one at a time. Only the unit record is stored:
/// the account list is read from the unit's region index when the grain wakes, so a filing costs one grain write
/// (the account's) instead of two. A filing registers with the unit before its index line is written, so the unit
/// keeps itself in memory until every account it registered has settled (<see cref="IUnitGrain.SettleAccountAsync"/>):
/// a unit woken again finds every account it counted in the index, however long a filing took.
/// </summary>
// Units are touched when one of their accounts is filed; idle ones leave memory soon.
[CollectionAgeLimit(Minutes = 2)]
internal sealed class UnitGrain(
    [PersistentState(StateNames.Unit, StateNames.Store)] IPersistentState<UnitState> state) : Grain, IUnitGrain
{
    /// <summary>
    /// How long a unit stays after its last imported account settled: the import may still have rows for it (other
    /// platforms are filed in parallel), and waking it again reads its region index. Only memory depends on it.
    /// </summary>
    private static readonly TimeSpan AfterImport = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, UnitAccountEntry> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unsettled = new(StringComparer.Ordinal);
    private bool _importedLast;
    private IGrainTimer? _leaving;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Unit is not { } unit)
        {
            return;
        }

        // Units registered before the catalog existed join it the first time they wake (no write when listed).
        await CatalogueAsync(unit);
        var lines = await GrainFactory.Ref<IRegionIndexGrain>(unit.RegionCode)
            .QueryAsync(new IndexQuery(null, null, unit.Code, null, int.MaxValue));
        foreach (var line in lines.Items)
        {
            _accounts[line.AccountId] = new UnitAccountEntry(line.AccountId, line.Platform, line.Status);
        }
    }

    public async Task<bool> CreateAsync(UnitRecord unit)
    {
        if (state.State.Unit is { } existing)
        {
            // A retried create heals a crash between the unit's write and its catalog's.
            await CatalogueAsync(existing);
            return false;
        }

        state.State.Unit = unit;
        await state.WriteOrForgetAsync(this);
        await CatalogueAsync(unit);
        return true;
    }

    private Task CatalogueAsync(UnitRecord unit) => GrainFactory.Ref<IUnitCatalogGrain>(unit.RegionCode).EnsureAsync(unit);

    public Task<UnitRecord?> GetAsync() => Task.FromResult(state.State.Unit);

    public Task<ImmutableArray<UnitAccountEntry>> GetAccountsAsync() =>
        Task.FromResult(_accounts.Values.OrderBy(a => a.AccountId, StringComparer.Ordinal).ToImmutableArray());

    public Task<int> RegisterAccountAsync(string accountId, string platform)
    {
        // Until this account settles, this activation holds the only record of it: no collection, no leaving.
        _unsettled[accountId] = _unsettled.GetValueOrDefault(accountId) + 1;
        DelayDeactivation(TimeSpan.MaxValue);
        _leaving?.Dispose();
        _leaving = null;
        _importedLast = BulkImport.IsUnderWay;
        _accounts.TryAdd(accountId, new UnitAccountEntry(accountId, platform, AccountStatus.Active));
        return Task.FromResult(_accounts.Values.Count(a =>
            a.AccountId != accountId && a.Platform == platform && a.Status == AccountStatus.Active));
    }

    public async Task<UnitReservation> ReserveAccountAsync(string accountId, string platform) =>
        state.State.Unit is { } unit ? new UnitReservation(unit, await RegisterAccountAsync(accountId, platform)) : new UnitReservation(null, 0);

    public Task SettleAccountAsync(string accountId, bool filed = true)
    {
        // A filing whose write failed is not an account of the unit: it must not count as a duplicate of the retry.
        if (!filed)
        {
            _accounts.Remove(accountId);
        }

        if (!_unsettled.TryGetValue(accountId, out var open))
        {
            return Task.CompletedTask;
        }

        if (open > 1)
        {
            _unsettled[accountId] = open - 1;
            return Task.CompletedTask;
        }

        _unsettled.Remove(accountId);
        if (_unsettled.Count == 0)
        {
            // Everything counted is in the index now: the usual collection age applies again.
            DelayDeactivation(TimeSpan.Zero);
            if (_importedLast)
            {
                _leaving?.Dispose();
                _leaving = this.RegisterGrainTimer(() =>
                {
                    DeactivateOnIdle();
                    return Task.CompletedTask;
                }, AfterImport, Timeout.InfiniteTimeSpan);
            }
        }

        return Task.CompletedTask;
    }

    public Task SetAccountStatusAsync(string accountId, AccountStatus status)
    {
        if (_accounts.TryGetValue(accountId, out var entry))
        {
            _accounts[accountId] = entry with { Status = status };
        }

        return Task.CompletedTask;
    }
}
