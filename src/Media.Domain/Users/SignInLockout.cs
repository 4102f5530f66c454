namespace Media.Domain.Users;

/// <summary>
/// A user's run of wrong passwords (SPEC §7): after <c>limit</c> in a row the user is locked for a while, during which
/// even the right password is refused; a success or an admin's unlock clears the run. A failure after a lockout ended
/// starts a new run, so one more wrong password does not lock again at once.
/// </summary>
public readonly record struct SignInLockout(int Failures, DateTimeOffset? LockedUntil)
{
    /// <summary>Whether sign-in is refused at <paramref name="now"/>.</summary>
    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    /// <summary>The run after one more wrong password at <paramref name="now"/>.</summary>
    public SignInLockout AfterFailure(int limit, TimeSpan duration, DateTimeOffset now)
    {
        var failures = (LockedUntil is { } until && until <= now ? 0 : Failures) + 1;
        return failures >= limit ? new SignInLockout(failures, now + duration) : new SignInLockout(failures, null);
    }
}
