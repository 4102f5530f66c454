using Media.Abstractions.Users;

namespace Media.Grains.Users;

/// <summary>A user account; created once, read on every sign-in.</summary>
internal sealed class UserGrain(
    [PersistentState(StateNames.User, StateNames.Store)] IPersistentState<UserState> state) : Grain, IUserGrain
{
    public async Task<bool> CreateAsync(UserRecord user)
    {
        if (state.State.User is not null)
        {
            return false;
        }

        state.State.User = user;
        await state.WriteStateAsync();
        return true;
    }

    public Task<UserRecord?> GetAsync() => Task.FromResult(state.State.User);
}
