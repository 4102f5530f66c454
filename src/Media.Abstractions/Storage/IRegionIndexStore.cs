using Media.Abstractions.Index;

namespace Media.Abstractions.Storage;

/// <summary>
/// Where a region index keeps its lines: one row per account line and per violation, so a write costs the
/// lines that changed, not the whole region (a large region would otherwise rewrite megabytes for each
/// coalesced change).
/// </summary>
public interface IRegionIndexStore
{
    Task<(IReadOnlyList<IndexEntry> Entries, IReadOnlyList<ViolationEntry> Violations)> LoadAsync(string region);

    /// <summary>Upserts the changed lines and deletes the dropped violations in one transaction.</summary>
    Task SaveAsync(string region, IReadOnlyCollection<IndexEntry> entries, IReadOnlyCollection<ViolationEntry> violations,
        IReadOnlyCollection<string> droppedViolations);
}
