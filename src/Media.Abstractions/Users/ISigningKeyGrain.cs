namespace Media.Abstractions.Users;

/// <summary>
/// Holds the key that signs bearer tokens. It lives in grain storage so every silo of a cluster signs
/// and checks tokens with the same key, and tokens survive a restart.
/// </summary>
public interface ISigningKeyGrain : IGrainWithIntegerKey
{
    /// <summary>The key, created and persisted on first use.</summary>
    Task<byte[]> GetAsync();
}
