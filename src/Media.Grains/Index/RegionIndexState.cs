using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>What a region index persists: one compact line per account, and the region's violations.</summary>
[GenerateSerializer, Alias("media.region-index-state")]
public sealed class RegionIndexState
{
    [Id(0)] public List<IndexEntry> Entries { get; set; } = [];

    [Id(1)] public List<ViolationEntry> Violations { get; set; } = [];
}
