using Media.Abstractions.Users;

namespace Media.Grains.Users;

/// <summary>What a user grain persists.</summary>
[GenerateSerializer, Alias("media.user-state")]
public sealed class UserState
{
    [Id(0)] public UserRecord? User { get; set; }

    /// <summary>Wrong passwords in a row since the last success, unlock or ended lockout.</summary>
    [Id(1)] public int FailedSignIns { get; set; }

    /// <summary>Until when sign-in is refused, after too many wrong passwords.</summary>
    [Id(2)] public DateTimeOffset? LockedUntil { get; set; }
}
