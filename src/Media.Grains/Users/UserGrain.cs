using Media.Abstractions.Alerts;
using Media.Abstractions.Users;
using Media.Domain.Alerts;
using Media.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Grains.Users;

/// <summary>
/// A user account; created once, read on every sign-in. It also keeps the user listed in the user
/// directory, which routes mail: after its own write, and again on a repeated create, so a crash between
/// the two writes heals on the client's retry. It keeps the run of wrong passwords too, persisted, so that every silo
/// and a restart see the same lockout.
/// </summary>
internal sealed class UserGrain(
    [PersistentState(StateNames.User, StateNames.Store)] IPersistentState<UserState> state,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : Grain, IUserGrain
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

        // The user chose this password: a reset's demand to change it is met.
        state.State.User = user with { PasswordHash = newHash, MustChangePassword = false };
        await state.WriteOrForgetAsync(this);
        return true;
    }

    public async Task<UserRecord?> UpdateAsync(UserProfileChange change)
    {
        if (state.State.User is not { } user)
        {
            return null;
        }

        var updated = user with
        {
            Role = change.Role, RegionCode = change.RegionCode, UnitCode = change.UnitCode, Email = change.Email,
            DisplayName = change.DisplayName, Disabled = change.Disabled,
        };
        if (updated != user)
        {
            state.State.User = updated;
            await state.WriteOrForgetAsync(this);
        }

        await ListAsync(updated);
        return updated;
    }

    public async Task<bool> ResetPasswordAsync(string newHash)
    {
        if (state.State.User is not { } user)
        {
            return false;
        }

        state.State.User = user with { PasswordHash = newHash, MustChangePassword = true };
        (state.State.FailedSignIns, state.State.LockedUntil) = (0, null);
        await state.WriteOrForgetAsync(this);
        return true;
    }

    public Task<SignInCheck> CheckSignInAsync() => Task.FromResult(new SignInCheck(state.State.User,
        Lockout.IsLocked(clock.GetUtcNow()) ? state.State.LockedUntil : null));

    public async Task<DateTimeOffset?> RecordFailedSignInAsync(SignInLockoutPolicy policy)
    {
        if (state.State.User is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (Lockout.IsLocked(now))
        {
            // Attempts during a lockout neither extend it nor count towards the next one.
            return null;
        }

        var next = Lockout.AfterFailure(policy.Failures, policy.Duration, now);
        (state.State.FailedSignIns, state.State.LockedUntil) = (next.Failures, next.LockedUntil);
        await state.WriteOrForgetAsync(this);
        return next.LockedUntil;
    }

    public async Task RecordSignInAsync()
    {
        if (state.State.FailedSignIns != 0 || state.State.LockedUntil is not null)
        {
            (state.State.FailedSignIns, state.State.LockedUntil) = (0, null);
            await state.WriteOrForgetAsync(this);
        }
    }

    public async Task<bool> UnlockAsync()
    {
        if (state.State.User is null)
        {
            return false;
        }

        await RecordSignInAsync();
        return true;
    }

    private SignInLockout Lockout => new(state.State.FailedSignIns, state.State.LockedUntil);

    private Task ListAsync(UserRecord user)
    {
        var defaults = AlertPreferences.DefaultFor(user.Role);
        return GrainFactory.GetGrain<IUserDirectoryGrain>(0).EnsureAsync(new UserContact(user.Username, user.Role, user.RegionCode,
            user.UnitCode, user.Email, user.DisplayName, defaults.Immediate, defaults.Digest, user.Disabled));
    }
}
