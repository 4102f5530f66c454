namespace Media.Abstractions.Sampling;

/// <summary>
/// The secret from which a sampling's default seed is derived (a keyed hash of quarter and region), so a seed cannot be
/// guessed before the sampling is drawn yet is the same on every silo. Its own secret: never a token-signing key.
/// </summary>
public interface ISamplingSecretGrain : IGrainWithIntegerKey
{
    /// <summary>The secret, created and persisted on first use.</summary>
    Task<byte[]> GetAsync();
}
