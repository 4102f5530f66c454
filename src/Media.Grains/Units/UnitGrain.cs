using System.Collections.Immutable;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>
/// A unit and its accounts; it decides duplicate-account counts one at a time. Only the unit record is stored:
/// the account list is read from the unit's region index when the grain wakes (each account's index line is
/// written before its filing is acknowledged), so a filing costs one grain write (the account's) instead of two.
/// </summary>
// Units are touched when one of their accounts is filed; idle ones leave memory soon.
[CollectionAgeLimit(Minutes = 2)]
internal sealed class UnitGrain(
    [PersistentState(StateNames.Unit, StateNames.Store)] IPersistentState<UnitState> state) : Grain, IUnitGrain
{
    /// <summary>
    /// How long a unit an import is done with stays. Not at once: a filing registers with the unit before its
    /// index line is written, and a unit woken in between would not count that account (read from the index).
    /// </summary>
    private static readonly TimeSpan LeaveDelay = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, UnitAccountEntry> _accounts = new(StringComparer.Ordinal);
    private IGrainTimer? _leaving;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Unit is not { } unit)
        {
            return;
        }

        var lines = await GrainFactory.Ref<IRegionIndexGrain>(unit.RegionCode)
            .QueryAsync(new IndexQuery(null, null, unit.Code, null, int.MaxValue));
        foreach (var line in lines.Items)
        {
            _accounts[line.AccountId] = new UnitAccountEntry(line.AccountId, line.Platform, line.Status);
        }
    }

    public async Task<bool> CreateAsync(UnitRecord unit)
    {
        if (state.State.Unit is not null)
        {
            return false;
        }

        state.State.Unit = unit;
        await state.WriteStateAsync();
        return true;
    }

    public Task<UnitRecord?> GetAsync() => Task.FromResult(state.State.Unit);

    public Task<ImmutableArray<UnitAccountEntry>> GetAccountsAsync() =>
        Task.FromResult(_accounts.Values.OrderBy(a => a.AccountId, StringComparer.Ordinal).ToImmutableArray());

    public Task<int> RegisterAccountAsync(string accountId, string platform)
    {
        StayInMemory();
        _accounts.TryAdd(accountId, new UnitAccountEntry(accountId, platform, AccountStatus.Active));
        return Task.FromResult(_accounts.Values.Count(a =>
            a.AccountId != accountId && a.Platform == platform && a.Status == AccountStatus.Active));
    }

    public Task SetAccountStatusAsync(string accountId, AccountStatus status)
    {
        if (_accounts.TryGetValue(accountId, out var entry))
        {
            _accounts[accountId] = entry with { Status = status };
        }

        return Task.CompletedTask;
    }

    public Task LeaveMemoryAsync()
    {
        _leaving ??= this.RegisterGrainTimer(() =>
        {
            DeactivateOnIdle();
            return Task.CompletedTask;
        }, LeaveDelay, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    // Another filing for the unit is under way: it stays (until the collection age or the next import's release).
    private void StayInMemory()
    {
        _leaving?.Dispose();
        _leaving = null;
    }
}
