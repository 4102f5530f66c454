using Media.Abstractions;
using Media.Abstractions.Index;

namespace Media.Application;

/// <summary>
/// A deep page over many region indexes without each sending its first page·size lines (at 1,000,000 accounts, page 200 of
/// the province moved every line). First round: each region returns its count and the ids of its matching lines at ranks
/// 0, every, 2·every… (every ≈ √(offset/2)). Those samples bound each id's rank in the whole list to within every lines per
/// region, which gives an id at or before the page's first line and one past its last. Second round: each region returns how
/// many of its lines sort before the first id (their sum is that id's exact rank) and its lines between the two, merged and
/// cut. Both rounds move about offset/every + 2·regions·every ids or lines instead of regions·offset lines.
/// </summary>
public static class PageSelection
{
    /// <summary>The first page asked this way; nearer pages cost less as one round.</summary>
    public const int FromPage = 5;

    /// <summary>Where a page starts and ends in the whole list, from the regions' first answers.</summary>
    /// <param name="From">An id whose rank is at most the page's offset (null: the list's start).</param>
    /// <param name="FromAtLeast">A lower bound of <paramref name="From"/>'s rank.</param>
    /// <param name="Until">An id whose rank is at least the page's end (null: the list's end).</param>
    public sealed record Bounds(string? From, int FromAtLeast, string? Until);

    public static async Task<(List<IndexEntry> Items, int Total)> SelectAsync(IGrainFactory grains, string? scope, IndexQuery query,
        int skip, int size)
    {
        var codes = await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(scope);
        var every = Every(skip + size);
        var ranks = await RegionFanOut.AskAsync(grains, codes, index => index.RanksAsync(query, every, skip + size));
        var bounds = Bound(ranks, every, skip, size);
        // A region's lines from the first id that can be on the page: none past skip − FromAtLeast + size of them can.
        var windowed = query with { Take = skip - bounds.FromAtLeast + size };
        var windows = await RegionFanOut.AskAsync(grains, codes, index => index.WindowAsync(windowed, bounds.From, bounds.Until));
        return (Cut(windows, skip, size), ranks.Sum(r => r.Total));
    }

    /// <summary>The page from the regions' windows: merged in id order, from the offset's place after the windows' start.</summary>
    public static List<IndexEntry> Cut(IReadOnlyList<IndexWindow> windows, int skip, int size)
    {
        ArgumentNullException.ThrowIfNull(windows);
        // The exact rank of the windows' start: the lines of every region before it. A line added between the rounds can
        // make it pass skip; the page then starts at the window's start.
        var before = windows.Sum(w => w.Before);
        return RegionFanOut.Merged([.. windows.Select(w => w.Items)], Math.Max(0, skip - before), size);
    }

    /// <summary>How far apart the sampled ranks are for a page ending at <paramref name="end"/>: √(end/2), at least 1.</summary>
    public static int Every(int end) => Math.Max(1, (int)Math.Ceiling(Math.Sqrt(end / 2.0)));

    /// <summary>
    /// Walks every region's sampled ids in id order, keeping for each region how many of its samples lie below: a region
    /// with j samples below an id has at least (j−1)·every+1 and at most j·every lines below it (all its lines when no
    /// sample of it lies above). The last id whose most is at most <paramref name="skip"/> starts the window; the first whose
    /// least is at least skip + size ends it.
    /// </summary>
    public static Bounds Bound(IReadOnlyList<IndexRanks> ranks, int every, int skip, int size)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        var samples = new List<(string Id, int Region)>(ranks.Sum(r => r.Ids.Count));
        for (var r = 0; r < ranks.Count; r++)
        {
            samples.AddRange(ranks[r].Ids.Select(id => (id, r)));
        }

        samples.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var below = new int[ranks.Count];
        long least = 0;
        long most = 0;
        var bounds = new Bounds(null, 0, null);
        foreach (var (id, region) in samples)
        {
            if (most <= skip)
            {
                bounds = bounds with { From = id, FromAtLeast = (int)least };
            }

            if (least >= skip + size)
            {
                return bounds with { Until = id };
            }

            var (j, count) = (below[region], ranks[region].Ids.Count);
            least += j == 0 ? 1 : every;
            most += (j + 1 < count ? (long)(j + 1) * every : ranks[region].Total) - (long)j * every;
            below[region] = j + 1;
        }

        return bounds;
    }
}
