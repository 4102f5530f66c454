using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>What a unit grain persists: the unit. (Its accounts come from the region index.)</summary>
[GenerateSerializer, Alias("media.unit-state")]
public sealed class UnitState
{
    // Id 1 held the account list; Orleans' serializer skips it in states written before.
    [Id(0)] public UnitRecord? Unit { get; set; }
}
