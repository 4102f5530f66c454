namespace Media.Grains.Sampling;

/// <summary>What the sampling-secret grain persists.</summary>
[GenerateSerializer, Alias("media.sampling-secret-state")]
public sealed class SamplingSecretState
{
    [Id(0)] public byte[]? Secret { get; set; }
}
