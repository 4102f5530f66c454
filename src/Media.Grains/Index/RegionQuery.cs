using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>
/// One region's answer to a list query: how many lines match and the first <see cref="IndexQuery.Take"/> of them in id order.
/// A page filtered by platform and status alone takes its total from the kept counts and reads lines only until the page is
/// full; a search reads only the lines its text is found in (<see cref="LineSearch"/>); anything else reads every line.
/// </summary>
internal static class RegionQuery
{
    public static IndexPage Answer(List<IndexEntry> entries, LineCounts counts, LineSearch search, IndexQuery query,
        HashSet<string>? breaking)
    {
        if (breaking is null && LineCounts.Answers(query))
        {
            return new IndexPage(counts.Total(query), First(entries, query, query.Take));
        }

        if (!string.IsNullOrEmpty(query.Text) && LineSearch.Searchable(query.Text))
        {
            return Searched(entries, search, query, breaking);
        }

        return Scanned(Enumerable.Range(0, entries.Count), entries, query, breaking);
    }

    private static List<IndexEntry> First(List<IndexEntry> entries, IndexQuery query, int take)
    {
        var items = new List<IndexEntry>(Math.Min(take, 256));
        for (var i = 0; i < entries.Count && items.Count < take; i++)
        {
            if (IndexFilter.Matches(entries[i], query))
            {
                items.Add(entries[i]);
            }
        }

        return items;
    }

    // The lines the text is in, and with the units named by it (their lines carry only the code) every line of those units.
    private static IndexPage Searched(List<IndexEntry> entries, LineSearch search, IndexQuery query, HashSet<string>? breaking)
    {
        var rest = query with { Text = null, TextUnits = null };
        var found = search.Find(entries, query.Text!);
        if (query.TextUnits is { Length: > 0 } named)
        {
            var units = new HashSet<string>(named, StringComparer.Ordinal);
            var hits = new HashSet<int>(found);
            found = Enumerable.Range(0, entries.Count).Where(i => hits.Contains(i) || units.Contains(entries[i].UnitCode));
        }

        return Scanned(found, entries, rest, breaking);
    }

    private static IndexPage Scanned(IEnumerable<int> lines, List<IndexEntry> entries, IndexQuery query, HashSet<string>? breaking)
    {
        var total = 0;
        var items = new List<IndexEntry>(Math.Min(query.Take, 256));
        foreach (var i in lines)
        {
            var entry = entries[i];
            if (!IndexFilter.Matches(entry, query) || (breaking is not null && !breaking.Contains(entry.AccountId)))
            {
                continue;
            }

            total++;
            if (items.Count < query.Take)
            {
                items.Add(entry);
            }
        }

        return new IndexPage(total, items);
    }
}
