using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>What a region's unit catalog persists: its units by credit code.</summary>
[GenerateSerializer, Alias("media.unit-catalog-state")]
public sealed class UnitCatalogState
{
    [Id(0)] public Dictionary<string, UnitRecord> Units { get; set; } = new(StringComparer.Ordinal);
}
