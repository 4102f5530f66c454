using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>
/// One region's answers to a list query, all over its matching lines in id order: a page (how many match and the first
/// <see cref="IndexQuery.Take"/>), and the two rounds of a deep page (ranks, then a window). A query filtered by platform and
/// status alone takes its total from the kept counts and reads lines only as far as it needs; a search reads only the lines
/// its text is found in (<see cref="LineSearch"/>) and those of the units it names (<see cref="UnitLines"/>); anything else
/// reads every line.
/// </summary>
internal static class RegionQuery
{
    public static IndexPage Answer(List<IndexEntry> entries, LineCounts counts, LineSearch search, IndexQuery query,
        HashSet<string>? breaking)
    {
        var lines = Matching(entries, search, query, breaking);
        if (Kept(counts, query, breaking) is { } kept)
        {
            return new IndexPage(kept, [.. lines.Take(query.Take)]);
        }

        var total = 0;
        var items = new List<IndexEntry>(Math.Min(query.Take, 256));
        foreach (var entry in lines)
        {
            total++;
            if (items.Count < query.Take)
            {
                items.Add(entry);
            }
        }

        return new IndexPage(total, items);
    }

    /// <summary>The count and the ids at ranks 0, every, 2·every… up to the first at or past <paramref name="upTo"/>.</summary>
    public static IndexRanks Ranks(List<IndexEntry> entries, LineCounts counts, LineSearch search, IndexQuery query,
        HashSet<string>? breaking, int every, int upTo)
    {
        var kept = Kept(counts, query, breaking);
        var ids = new List<string>();
        if (kept == entries.Count)
        {
            // Every line matches (a plain list of a region without websites): a line's rank is its place, nothing to read.
            for (var at = 0; at < entries.Count && at < upTo + every; at += every)
            {
                ids.Add(entries[at].AccountId);
            }

            return new IndexRanks(entries.Count, ids);
        }

        var rank = 0;
        foreach (var entry in Matching(entries, search, query, breaking))
        {
            if (rank % every == 0 && rank < upTo + every)
            {
                ids.Add(entry.AccountId);
            }
            else if (kept is not null && rank >= upTo + every)
            {
                // The total is known without counting: nothing further is needed.
                break;
            }

            rank++;
        }

        return new IndexRanks(kept ?? rank, ids);
    }

    /// <summary>How many matching lines sort before <paramref name="from"/>, and those from it up to <paramref name="until"/>.</summary>
    public static IndexWindow Window(List<IndexEntry> entries, LineCounts counts, LineSearch search, IndexQuery query,
        HashSet<string>? breaking, string? from, string? until)
    {
        if (Kept(counts, query, breaking) == entries.Count)
        {
            // Every line matches: the window is a slice between two binary searches.
            var (start, end) = (Place(entries, from) ?? 0, Place(entries, until) ?? entries.Count);
            return new IndexWindow(start, entries.GetRange(start, Math.Min(end - start, query.Take)));
        }

        var before = 0;
        var items = new List<IndexEntry>(Math.Min(query.Take, 256));
        foreach (var entry in Matching(entries, search, query, breaking))
        {
            if (from is not null && string.CompareOrdinal(entry.AccountId, from) < 0)
            {
                before++;
            }
            else if ((until is not null && string.CompareOrdinal(entry.AccountId, until) >= 0) || items.Count >= query.Take)
            {
                break;
            }
            else
            {
                items.Add(entry);
            }
        }

        return new IndexWindow(before, items);
    }

    // Where a line with this id is or would go, in id order; null for no id.
    private static int? Place(List<IndexEntry> entries, string? id)
    {
        if (id is null)
        {
            return null;
        }

        var (low, high) = (0, entries.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            (low, high) = string.CompareOrdinal(entries[mid].AccountId, id) < 0 ? (mid + 1, high) : (low, mid);
        }

        return low;
    }

    // The total when the kept counts answer it (a query by platform and status alone).
    private static int? Kept(LineCounts counts, IndexQuery query, HashSet<string>? breaking) =>
        breaking is null && LineCounts.Answers(query) ? counts.Total(query) : null;

    // The matching lines in id order; a search visits only the lines its text is in, and with the units named by it (their
    // lines carry only the code) the lines of those units, never every line.
    private static IEnumerable<IndexEntry> Matching(List<IndexEntry> entries, LineSearch search, IndexQuery query, HashSet<string>? breaking)
    {
        IEnumerable<int> lines = Enumerable.Range(0, entries.Count);
        if (!string.IsNullOrEmpty(query.Text) && LineSearch.Searchable(query.Text))
        {
            lines = search.Find(entries, query.Text);
            if (query.TextUnits is { Length: > 0 } named)
            {
                lines = Union(lines, search.Units.Of(entries, named));
            }

            query = query with { Text = null, TextUnits = null };
        }

        foreach (var i in lines)
        {
            var entry = entries[i];
            if (IndexFilter.Matches(entry, query) && (breaking is null || breaking.Contains(entry.AccountId)))
            {
                yield return entry;
            }
        }
    }

    // Two ascending runs of positions as one, each position once: still ascending, so still in id order, and read only as
    // far as the caller reads.
    private static IEnumerable<int> Union(IEnumerable<int> found, List<int> named)
    {
        var at = 0;
        foreach (var line in found)
        {
            for (; at < named.Count && named[at] <= line; at++)
            {
                if (named[at] < line)
                {
                    yield return named[at];
                }
            }

            yield return line;
        }

        for (; at < named.Count; at++)
        {
            yield return named[at];
        }
    }
}
