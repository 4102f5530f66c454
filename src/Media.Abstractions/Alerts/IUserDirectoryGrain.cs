using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Media.Abstractions.Alerts;

/// <summary>
/// Everyone who can be mailed, with their mail preferences: one small grain, because users number in the
/// thousands and routing needs "the supervisors of office R" without a scan of user grains.
/// </summary>
public interface IUserDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Lists the user, or refreshes their details; preferences already chosen are kept.</summary>
    Task EnsureAsync(UserContact contact);

    /// <summary>Changes a user's preferences; false when the user is unknown.</summary>
    Task<bool> SetPreferencesAsync(string username, bool immediate, bool digest);

    [ReadOnly]
    Task<UserContact?> GetAsync(string username);

    /// <summary>Supervisors whose region is exactly <paramref name="office"/>.</summary>
    [ReadOnly]
    Task<ImmutableArray<UserContact>> SupervisorsOfAsync(string office);

    /// <summary>Unit users of the unit.</summary>
    [ReadOnly]
    Task<ImmutableArray<UserContact>> UsersOfUnitAsync(string unitCode);

    [ReadOnly]
    Task<ImmutableArray<UserContact>> AllSupervisorsAsync();

    /// <summary>Every user, by username.</summary>
    [ReadOnly]
    Task<ImmutableArray<UserContact>> AllAsync();
}

/// <summary>A user as the mailer and the user list see them; a disabled user is kept, marked.</summary>
[GenerateSerializer, Immutable, Alias("media.user-contact")]
public sealed record UserContact(
    [property: Id(0)] string Username,
    [property: Id(1)] string Role,
    [property: Id(2)] string? RegionCode,
    [property: Id(3)] string? UnitCode,
    [property: Id(4)] string Email,
    [property: Id(5)] string DisplayName,
    [property: Id(6)] bool Immediate,
    [property: Id(7)] bool Digest,
    [property: Id(8)] bool Disabled = false);
