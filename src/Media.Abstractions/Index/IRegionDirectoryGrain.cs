using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Media.Abstractions.Index;

/// <summary>The one directory of region codes that have an index, so a query fans out only to those.</summary>
public interface IRegionDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Records that a region has an index (idempotent).</summary>
    Task AddAsync(string regionCode);

    /// <summary>The indexed region codes inside <paramref name="regionCode"/> (itself included); all when null.</summary>
    [ReadOnly]
    Task<ImmutableArray<string>> ListWithinAsync(string? regionCode);
}
