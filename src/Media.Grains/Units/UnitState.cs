using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>What a unit grain persists: the unit. (Its accounts come from the region index.)</summary>
[GenerateSerializer, Alias("media.unit-state")]
public sealed class UnitState
{
    [Id(0)] public UnitRecord? Unit { get; set; }

    /// <summary>No longer written (the list is read from the region index); kept so stored states still read.</summary>
    [Id(1)] public List<UnitAccountEntry> Accounts { get; set; } = [];
}
