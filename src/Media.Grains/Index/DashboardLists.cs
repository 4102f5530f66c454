using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Grains.Accounts;

namespace Media.Grains.Index;

/// <summary>What a region index gives the dashboard, computed over its lines in memory.</summary>
public static class DashboardLists
{
    /// <summary>Active accounts Media sees, without an open two-week silence, longest quiet first; ties in id order.</summary>
    public static IReadOnlyList<IndexEntry> Quietest(IEnumerable<IndexEntry> entries, string? unitCode, int take)
    {
        // A bounded heap keeps this one pass over a region's lines, whatever its size.
        var kept = new PriorityQueue<IndexEntry, (DateTimeOffset Quiet, string Id)>(take + 1, Later.Instance);
        foreach (var entry in entries)
        {
            // An account Media cannot judge has no known quiet days: it is counted on the gaps card instead, never
            // shown here as if it had been silent since it opened. A website has no posts to be quiet of.
            if (entry.Status != AccountStatus.Active || entry.Platform == Platforms.Website || (entry.Open & OpenEpisodes.NoUpdate) != 0
                || AccountSight.Of(entry) != Sight.Seen || (unitCode is not null && entry.UnitCode != unitCode))
            {
                continue;
            }

            // A full heap keeps only a line quieter than its head: most lines are not, and skip the heap's two log-steps.
            var key = (QuietSince(entry), entry.AccountId);
            if (kept.Count < take)
            {
                kept.Enqueue(entry, key);
            }
            else if (take > 0 && kept.TryPeek(out _, out var head) && Later.Instance.Compare(key, head) > 0)
            {
                kept.DequeueEnqueue(entry, key);
            }
        }

        var list = new List<IndexEntry>(kept.Count);
        while (kept.TryDequeue(out var entry, out _))
        {
            list.Add(entry);
        }

        list.Reverse();
        return list;
    }

    /// <summary>Since when an account has been quiet: its last post, or the start of its opening day.</summary>
    public static DateTimeOffset QuietSince(IndexEntry entry) => Silence.SilentSince(entry.OpenedOn, entry.LastPostAt);

    // The heap's head is the entry to drop first: the most recently active one.
    private sealed class Later : IComparer<(DateTimeOffset Quiet, string Id)>
    {
        public static readonly Later Instance = new();

        public int Compare((DateTimeOffset Quiet, string Id) x, (DateTimeOffset Quiet, string Id) y)
        {
            var byTime = y.Quiet.CompareTo(x.Quiet);
            return byTime != 0 ? byTime : string.CompareOrdinal(y.Id, x.Id);
        }
    }
}
