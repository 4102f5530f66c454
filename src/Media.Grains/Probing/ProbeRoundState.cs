using Media.Abstractions.Probing;

namespace Media.Grains.Probing;

/// <summary>What a probe round slot persists: its result once done.</summary>
[GenerateSerializer, Alias("media.probe-round-state")]
public sealed class ProbeRoundState
{
    [Id(0)] public ProbeRoundResult? Result { get; set; }
}
