using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Application;
using Media.Grains.Index;

namespace Media.Silo.Tests.Api;

/// <summary>
/// A deep page selected in two rounds (ranks, then windows) from several regions' real answers is the page cut from the
/// whole list in id order, for every offset and page size, with regions of very different sizes and filters that the kept
/// counts answer, that only a scan answers, and a search.
/// </summary>
public sealed class PageSelectionTests
{
    // One region holds most lines, one none, the rest a few: a page may lie in one region or straddle all.
    private static readonly int[] Sizes = [400, 0, 37, 5, 120, 1];
    private readonly List<Region> _regions;

    public PageSelectionTests()
    {
        var random = new Random(21);
        _regions = [.. Sizes.Select((count, r) => new Region(Enumerable.Range(0, count)
            .Select(_ => Line($"weibo:{random.Next(100_000):D5}r{r}", random)).DistinctBy(e => e.AccountId).ToList()))];
    }

    public static TheoryData<string?, AccountStatus?, bool> Filters => new()
    {
        { null, null, false },
        { null, AccountStatus.Active, false },
        { "douyin", null, true },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Every_page_is_the_page_cut_from_the_whole_sorted_list(string? platform, AccountStatus? status, bool gapOnly)
    {
        var query = new IndexQuery(platform, status, null, null, 0, GapOnly: gapOnly);
        var whole = _regions.SelectMany(r => r.Lines).Where(e => IndexFilter.Matches(e, query))
            .OrderBy(e => e.AccountId, StringComparer.Ordinal).Select(e => e.AccountId).ToList();
        foreach (var size in new[] { 1, 3, 50 })
        {
            for (var skip = 0; skip <= whole.Count + size; skip += size)
            {
                var (page, total) = Select(query, skip, size);
                Assert.Equal(whole.Count, total);
                Assert.Equal(whole.Skip(skip).Take(size), page);
            }
        }
    }

    [Fact]
    public void A_search_selects_the_same_page_as_cutting_the_found_lines()
    {
        var query = new IndexQuery(null, null, null, "1", 0);
        var whole = _regions.SelectMany(r => r.Lines).Where(e => IndexFilter.Matches(e, query))
            .OrderBy(e => e.AccountId, StringComparer.Ordinal).Select(e => e.AccountId).ToList();
        for (var skip = 0; skip <= whole.Count; skip += 7)
        {
            Assert.Equal(whole.Skip(skip).Take(7), Select(query, skip, 7).Page);
        }
    }

    // What RegionFanOut does over the grains, over the regions' own answers (RegionQuery, as each region index answers).
    private (List<string> Page, int Total) Select(IndexQuery query, int skip, int size)
    {
        var every = PageSelection.Every(skip + size);
        var ranks = _regions.Select(r => RegionQuery.Ranks(r.Lines, r.Counts, r.Search, query, null, every, skip + size)).ToList();
        var bounds = PageSelection.Bound(ranks, every, skip, size);
        var windowed = query with { Take = skip - bounds.FromAtLeast + size };
        var windows = _regions.Select(r => RegionQuery.Window(r.Lines, r.Counts, r.Search, windowed, null, bounds.From, bounds.Until)).ToList();
        // Each region moves a bounded share, never its first skip + size lines.
        Assert.All(windows, w => Assert.True(w.Items.Count <= Math.Max(size, 2 * ranks.Count * every + size)));
        return ([.. PageSelection.Cut(windows, skip, size).Select(e => e.AccountId)], ranks.Sum(r => r.Total));
    }

    private static IndexEntry Line(string id, Random random) =>
        new(id, "91440100MA00000001", random.Next(3) == 0 ? "douyin" : "weibo", "账号" + id,
            random.Next(4) == 0 ? AccountStatus.Closed : AccountStatus.Active, new DateOnly(2026, 1, 1), 0, "440104",
            Gap: random.Next(2) == 0 ? new GapView("not-observed", DateTimeOffset.UnixEpoch, "") : null);

    private sealed class Region
    {
        public Region(List<IndexEntry> lines)
        {
            Lines = [.. lines.OrderBy(e => e.AccountId, StringComparer.Ordinal)];
            foreach (var line in Lines)
            {
                Counts.Replaced(null, line);
            }
        }

        public List<IndexEntry> Lines { get; }

        public LineCounts Counts { get; } = new();

        public LineSearch Search { get; } = new();
    }
}
