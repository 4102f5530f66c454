using Media.Abstractions.Sweeps;

namespace Media.Grains.Sweeps;

/// <summary>What a sweep slot persists: its result once it has run (the "done" marker).</summary>
[GenerateSerializer, Alias("media.sweep-state")]
public sealed class SweepState
{
    [Id(0)] public SweepResult? Result { get; set; }
}
