namespace Media.Grains.Index;

/// <summary>What the region directory persists: the region codes that have an index.</summary>
[GenerateSerializer, Alias("media.region-directory-state")]
public sealed class RegionDirectoryState
{
    [Id(0)] public SortedSet<string> Regions { get; set; } = new(StringComparer.Ordinal);
}
