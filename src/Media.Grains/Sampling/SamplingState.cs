using Media.Abstractions.Sampling;

namespace Media.Grains.Sampling;

/// <summary>What a sampling grain persists: the sampling, once drawn.</summary>
[GenerateSerializer]
public sealed class SamplingState
{
    [Id(0)] public SamplingRecord? Sampling { get; set; }
}
