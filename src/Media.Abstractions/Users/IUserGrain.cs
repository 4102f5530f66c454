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
}
