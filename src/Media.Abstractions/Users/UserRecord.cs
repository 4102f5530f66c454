namespace Media.Abstractions.Users;

/// <summary>
/// A user: role <c>admin</c>, <c>supervisor</c> (with a region) or <c>unit</c> (with a unit code). A disabled user cannot
/// sign in and their tokens and cookies stop working; a password an admin reset must be changed at the next sign-in.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.user")]
public sealed record UserRecord(
    [property: Id(0)] string Username,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string Role,
    [property: Id(3)] string? RegionCode,
    [property: Id(4)] string? UnitCode,
    [property: Id(5)] string Email,
    [property: Id(6)] string DisplayName,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] bool Disabled = false,
    [property: Id(9)] bool MustChangePassword = false);
