using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Grains.Index;

namespace Media.Grains.Tests.Index;

/// <summary>
/// A region's answers through the kept counts and the search text are the answers of reading every line with the filter:
/// same total, same first lines in id order, whatever the case of the text and after lines are added or renamed.
/// </summary>
public sealed class RegionQueryTests
{
    private readonly List<IndexEntry> _entries = [];
    private readonly LineCounts _counts = new();
    private readonly LineSearch _search = new();

    public RegionQueryTests()
    {
        for (var i = 0; i < 300; i++)
        {
            Put(new IndexEntry($"weibo:h{i:D4}", $"91440100MA{i % 7:D8}", i % 10 == 0 ? "website" : "weibo", $"广州发布{i}Abc",
                i % 3 == 0 ? AccountStatus.Closed : AccountStatus.Active, new DateOnly(2026, 1, 1), 0, "440104"));
        }
    }

    public static TheoryData<string?, string?, AccountStatus?, string[]?, int> Queries => new()
    {
        { null, null, null, null, 50 },
        { null, "website", AccountStatus.Active, null, 10 },
        { "广州发布1", null, null, null, 20 },
        { "abc", "website", null, null, 5 },
        { "H00", null, AccountStatus.Closed, null, 300 },
        { "ma00000003", null, null, null, 10 },
        { "不在", null, null, ["91440100MA00000002"], 10 },
        { "发布", null, null, ["91440100MA00000005"], 400 },
        { "\u0001", null, null, null, 10 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Counts_and_search_answer_as_reading_every_line(string? text, string? exceptPlatform, AccountStatus? status, string[]? units, int take)
    {
        var query = new IndexQuery(null, status, null, text, take, ExceptPlatform: exceptPlatform, TextUnits: units);
        AssertSame(query);
        Put(_entries[5] with { Name = "改名ABC" });
        Put(_entries[0] with { AccountId = "weibo:a-first", Name = "新开广州发布" });
        AssertSame(query);
        AssertSame(query with { Text = "改名" });
    }

    [Fact]
    public void A_search_by_unit_name_follows_lines_added_to_a_unit_moved_between_units_and_changed_in_place()
    {
        // Units 2 and 5 are named by the search (their names hold the text); no line holds it itself but those matched below.
        var named = new IndexQuery(null, null, null, "教育局", 500, TextUnits: ["91440100MA00000002", "91440100MA00000005", "91440100MA00000099"]);
        AssertSame(named);
        Put(new IndexEntry("weibo:h0150x", "91440100MA00000002", "weibo", "新号", AccountStatus.Active, new DateOnly(2026, 1, 1), 0, "440104"));
        Put(new IndexEntry("weibo:a-new", "91440100MA00000005", "weibo", "新号", AccountStatus.Active, new DateOnly(2026, 1, 1), 0, "440104"));
        AssertSame(named);
        Put(_entries[4] with { UnitCode = "91440100MA00000005" });
        Put(_entries[10] with { UnitCode = "91440100MA00000006" });
        Put(_entries[20] with { Name = "区教育局发布" });
        AssertSame(named);
        Put(_entries[30] with { Status = AccountStatus.Closed, FindingCount = 3 });
        AssertSame(named with { Status = AccountStatus.Closed });
        // Text hits and the units' lines overlap: each line once, in id order.
        AssertSame(named with { Text = "H01" });
        AssertSame(named with { Take = 3 });
    }

    [Fact]
    public void The_kept_counts_and_gaps_are_the_lines_counted_one_by_one()
    {
        Put(_entries[4] with { Status = AccountStatus.Cancelled, Gap = new GapView("not-observed", DateTimeOffset.UnixEpoch, "") });
        Put(_entries[7] with { Gap = new GapView("probe-failed", DateTimeOffset.UnixEpoch, "") });
        Put(_entries[7] with { Gap = null, Platform = "douyin" });

        var byLine = _entries.GroupBy(e => (e.Platform, e.Status)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byLine, _counts.All().ToDictionary(c => (c.Platform, c.Status), c => c.Count));
        Assert.Equal(_entries.Count(e => e.Gap is not null), _counts.Gaps);
        var unit = LineCounts.Of(_entries.Where(e => e.UnitCode == "91440100MA00000004"));
        Assert.Equal(_entries.Count(e => e.UnitCode == "91440100MA00000004"), unit.Counts.Sum(c => c.Count));
    }

    private void AssertSame(IndexQuery query)
    {
        var answer = RegionQuery.Answer(_entries, _counts, _search, query, null);
        var matching = _entries.Where(e => IndexFilter.Matches(e, query)).ToList();
        Assert.Equal(matching.Count, answer.Total);
        Assert.Equal(matching.Take(query.Take).Select(e => e.AccountId), answer.Items.Select(e => e.AccountId));
        var ranks = RegionQuery.Ranks(_entries, _counts, _search, query, null, 1, matching.Count);
        Assert.Equal(matching.Count, ranks.Total);
        Assert.Equal(matching.Select(e => e.AccountId), ranks.Ids);
    }

    // As the region index does: in id order, counted, and the search text and units' lines dropped only when the index
    // drops them (LineSearch.Replaced), so a stale one shows here.
    private void Put(IndexEntry entry)
    {
        var at = _entries.FindIndex(e => e.AccountId == entry.AccountId);
        var before = at >= 0 ? _entries[at] : null;
        if (before is not null)
        {
            _entries[at] = entry;
        }
        else
        {
            _entries.Add(entry);
            _entries.Sort((a, b) => string.CompareOrdinal(a.AccountId, b.AccountId));
        }

        _counts.Replaced(before, entry);
        _search.Replaced(before, entry);
    }
}
