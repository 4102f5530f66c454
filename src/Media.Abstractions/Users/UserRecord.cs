namespace Media.Abstractions.Users;

/// <summary>A user: role <c>admin</c>, <c>supervisor</c> (with a region) or <c>unit</c> (with a unit code).</summary>
[GenerateSerializer, Immutable, Alias("media.user")]
public sealed record UserRecord(
    [property: Id(0)] string Username,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string Role,
    [property: Id(3)] string? RegionCode,
    [property: Id(4)] string? UnitCode,
    [property: Id(5)] string Email,
    [property: Id(6)] string DisplayName,
    [property: Id(7)] DateTimeOffset CreatedAt);
