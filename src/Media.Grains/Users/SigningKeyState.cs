namespace Media.Grains.Users;

/// <summary>What the signing-key grain persists.</summary>
[GenerateSerializer, Alias("media.signing-key-state")]
public sealed class SigningKeyState
{
    [Id(0)] public byte[]? Key { get; set; }
}
