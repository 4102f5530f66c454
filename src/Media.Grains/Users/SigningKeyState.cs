using Media.Abstractions.Users;

namespace Media.Grains.Users;

/// <summary>What the signing-key grain persists.</summary>
[GenerateSerializer, Alias("media.signing-key-state")]
public sealed class SigningKeyState
{
    /// <summary>The single key of the hand-written tokens, which also seeded samplings; dropped, never reused.</summary>
    [Id(0)] public byte[]? Key { get; set; }

    /// <summary>The key ring, the current key last.</summary>
    [Id(1)] public List<SigningKey> Ring { get; set; } = [];
}
