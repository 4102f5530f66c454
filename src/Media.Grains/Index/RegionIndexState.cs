using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>What a region index persists: one compact entry per account.</summary>
[GenerateSerializer, Alias("media.region-index-state")]
public sealed class RegionIndexState
{
    [Id(0)] public List<IndexEntry> Entries { get; set; } = [];
}
