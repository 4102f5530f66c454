using Media.Abstractions.Users;

namespace Media.Grains.Users;

/// <summary>What a user grain persists.</summary>
[GenerateSerializer, Alias("media.user-state")]
public sealed class UserState
{
    [Id(0)] public UserRecord? User { get; set; }
}
