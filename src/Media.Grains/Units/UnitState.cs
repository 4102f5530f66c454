using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>What a unit grain persists: the unit and its accounts.</summary>
[GenerateSerializer, Alias("media.unit-state")]
public sealed class UnitState
{
    [Id(0)] public UnitRecord? Unit { get; set; }

    [Id(1)] public List<UnitAccountEntry> Accounts { get; set; } = [];
}
