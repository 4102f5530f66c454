using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>A unit and the list of its accounts; it decides duplicate-account counts one at a time.</summary>
// Units are touched when one of their accounts is filed; idle ones leave memory soon.
[CollectionAgeLimit(Minutes = 2)]
internal sealed class UnitGrain(
    [PersistentState(StateNames.Unit, StateNames.Store)] IPersistentState<UnitState> state) : Grain, IUnitGrain
{
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

    public Task<ImmutableArray<UnitAccountEntry>> GetAccountsAsync() => Task.FromResult(state.State.Accounts.ToImmutableArray());

    public async Task<int> RegisterAccountAsync(string accountId, string platform)
    {
        if (!state.State.Accounts.Exists(a => a.AccountId == accountId))
        {
            state.State.Accounts.Add(new UnitAccountEntry(accountId, platform, AccountStatus.Active));
            await state.WriteStateAsync();
        }

        return state.State.Accounts.Count(a =>
            a.AccountId != accountId && a.Platform == platform && a.Status == AccountStatus.Active);
    }

    public async Task SetAccountStatusAsync(string accountId, AccountStatus status)
    {
        var index = state.State.Accounts.FindIndex(a => a.AccountId == accountId);
        if (index < 0 || state.State.Accounts[index].Status == status)
        {
            return;
        }

        state.State.Accounts[index] = state.State.Accounts[index] with { Status = status };
        await state.WriteStateAsync();
    }
}
