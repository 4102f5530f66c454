using System.Collections.Immutable;

namespace Media.Abstractions.Users;

/// <summary>
/// Holds the ring of keys that sign bearer tokens (JWT, HS256, each key named by its <c>kid</c>). It lives in grain
/// storage so every silo of a cluster signs and checks tokens with the same keys, and tokens survive a restart. The
/// keys sign tokens and nothing else.
/// </summary>
public interface ISigningKeyGrain : IGrainWithIntegerKey
{
    /// <summary>The ring, the current key last; one key is created and persisted on first use.</summary>
    Task<ImmutableArray<SigningKey>> GetRingAsync();

    /// <summary>
    /// Makes a new current key. An earlier key stays for checking tokens while tokens it signed may still be
    /// unexpired, i.e. until <paramref name="keepFor"/> (the token lifetime) after the next key replaced it.
    /// </summary>
    Task<ImmutableArray<SigningKey>> RotateAsync(TimeSpan keepFor);
}

/// <summary>One token-signing key: its id (the JWT header's <c>kid</c>), its 256 secret bits and when it was made.</summary>
[GenerateSerializer, Immutable, Alias("media.signing-key")]
public sealed record SigningKey([property: Id(0)] string Kid, [property: Id(1)] byte[] Key, [property: Id(2)] DateTimeOffset CreatedAt);
