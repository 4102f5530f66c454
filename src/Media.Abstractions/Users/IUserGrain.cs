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

    /// <summary>
    /// An admin's edit: role, jurisdiction, mail address, name and whether the user is disabled; the password stays.
    /// Returns the user as it now is, or null for no such user.
    /// </summary>
    Task<UserRecord?> UpdateAsync(UserProfileChange change);

    /// <summary>
    /// An admin's reset: the new hash replaces the password, which must be changed at the next sign-in, and any lockout
    /// ends. False for no such user.
    /// </summary>
    Task<bool> ResetPasswordAsync(string newHash);

    /// <summary>An admin's unlock: clears the lockout and the run; false for no such user.</summary>
    Task<bool> UnlockAsync();
}

/// <summary>What an admin's edit sets on a user (every field, already checked and merged with the user's current values).</summary>
[GenerateSerializer, Immutable, Alias("media.user-profile-change")]
public sealed record UserProfileChange(
    [property: Id(0)] string Role,
    [property: Id(1)] string? RegionCode,
    [property: Id(2)] string? UnitCode,
    [property: Id(3)] string Email,
    [property: Id(4)] string DisplayName,
    [property: Id(5)] bool Disabled);
