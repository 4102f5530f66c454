using Media.Abstractions.Alerts;
using Media.Abstractions.Users;
using Media.Domain.Alerts;

namespace Media.Grains.Users;

/// <summary>
/// A user account; created once, read on every sign-in. It also keeps the user listed in the user
/// directory, which routes mail: after its own write, and again on a repeated create, so a crash between
/// the two writes heals on the client's retry.
/// </summary>
internal sealed class UserGrain(
    [PersistentState(StateNames.User, StateNames.Store)] IPersistentState<UserState> state) : Grain, IUserGrain
{
    public async Task<bool> CreateAsync(UserRecord user)
    {
        if (state.State.User is { } existing)
        {
            await ListAsync(existing);
            return false;
        }

        state.State.User = user;
        await state.WriteOrForgetAsync(this);
        await ListAsync(user);
        return true;
    }

    public Task<UserRecord?> GetAsync() => Task.FromResult(state.State.User);

    public async Task<bool> ReplacePasswordHashAsync(string currentHash, string newHash)
    {
        if (state.State.User is not { } user || !string.Equals(user.PasswordHash, currentHash, StringComparison.Ordinal))
        {
            return false;
        }

        state.State.User = user with { PasswordHash = newHash };
        await state.WriteOrForgetAsync(this);
        return true;
    }

    private Task ListAsync(UserRecord user)
    {
        var defaults = AlertPreferences.DefaultFor(user.Role);
        return GrainFactory.GetGrain<IUserDirectoryGrain>(0).EnsureAsync(new UserContact(user.Username, user.Role, user.RegionCode,
            user.UnitCode, user.Email, user.DisplayName, defaults.Immediate, defaults.Digest));
    }
}
