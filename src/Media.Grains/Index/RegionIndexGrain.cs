using Media.Abstractions.Index;
using Orleans.Concurrency;

namespace Media.Grains.Index;

/// <summary>
/// The accounts of one region code in id order. Kept sorted so a query answers its first page without
/// sorting and an upsert is a binary search. Reentrant so that upserts arriving while a write is in
/// flight share the next write: a busy region costs one state write per burst, not one per account,
/// and every caller still returns only after a write that includes its entry.
/// </summary>
[Reentrant]
internal sealed class RegionIndexGrain(
    [PersistentState(StateNames.RegionIndex, StateNames.Store)] IPersistentState<RegionIndexState> state)
    : Grain, IRegionIndexGrain
{
    private static readonly IComparer<IndexEntry> ById =
        Comparer<IndexEntry>.Create((a, b) => string.CompareOrdinal(a.AccountId, b.AccountId));

    private readonly List<IndexEntry> _entries = [];
    private readonly StateWriteBatcher _writer = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _entries.AddRange(state.State.Entries);
        return Task.CompletedTask;
    }

    public Task UpsertAsync(IndexEntry entry)
    {
        var at = _entries.BinarySearch(entry, ById);
        if (at >= 0)
        {
            if (_entries[at] == entry)
            {
                return Task.CompletedTask;
            }

            _entries[at] = entry;
        }
        else
        {
            _entries.Insert(~at, entry);
        }

        return _writer.WriteIncludingNowAsync(() =>
        {
            // A copy goes to storage, so later upserts may change the working list during the write.
            state.State.Entries = [.. _entries];
            return state.WriteStateAsync();
        });
    }

    public Task<IndexPage> QueryAsync(IndexQuery query)
    {
        var total = 0;
        var items = new List<IndexEntry>(Math.Min(query.Take, 256));
        foreach (var entry in _entries)
        {
            if (!IndexFilter.Matches(entry, query))
            {
                continue;
            }

            total++;
            if (items.Count < query.Take)
            {
                items.Add(entry);
            }
        }

        return Task.FromResult(new IndexPage(total, items));
    }
}
