namespace Media.Abstractions.Users;

/// <summary>A user keyed by lower-case username.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the user; false when the name is taken (nothing changes then).</summary>
    Task<bool> CreateAsync(UserRecord user);

    /// <summary>The user, or null.</summary>
    Task<UserRecord?> GetAsync();

    /// <summary>
    /// Replaces the password hash if the stored one is still <paramref name="currentHash"/> (so two changes racing
    /// cannot both win); false otherwise.
    /// </summary>
    Task<bool> ReplacePasswordHashAsync(string currentHash, string newHash);

    /// <summary>The user and, while wrong passwords keep it locked, when the lockout ends.</summary>
    Task<SignInCheck> CheckSignInAsync();

    /// <summary>Counts a wrong password; returns when the lockout ends if this one locked the user, else null.</summary>
    Task<DateTimeOffset?> RecordFailedSignInAsync(SignInLockoutPolicy policy);

    /// <summary>A successful sign-in: the run of wrong passwords starts again from zero.</summary>
    Task RecordSignInAsync();

    /// <summary>An admin's unlock: clears the lockout and the run; false for no such user.</summary>
    Task<bool> UnlockAsync();
}
