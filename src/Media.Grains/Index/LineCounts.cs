using Media.Abstractions.Accounts;
using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>
/// How many of a region's lines there are of each platform and status, kept as lines change, so a list filtered by those
/// alone (every plain list page, the dashboard's counts) has its total without reading every line; and how many lines carry
/// a gap (Media cannot judge the account), the dashboard's gaps card.
/// </summary>
internal sealed class LineCounts
{
    private readonly Dictionary<(string Platform, AccountStatus Status), int> _counts = [];

    /// <summary>How many lines carry a gap.</summary>
    public int Gaps { get; private set; }

    public void Replaced(IndexEntry? before, IndexEntry after)
    {
        if (before is not null)
        {
            _counts[(before.Platform, before.Status)]--;
            Gaps -= before.Gap is null ? 0 : 1;
        }

        _counts[(after.Platform, after.Status)] = _counts.GetValueOrDefault((after.Platform, after.Status)) + 1;
        Gaps += after.Gap is null ? 0 : 1;
    }

    /// <summary>The counts by platform and status, none of them zero.</summary>
    public IReadOnlyList<LineCount> All() => [.. _counts.Where(c => c.Value > 0).Select(c => new LineCount(c.Key.Platform, c.Key.Status, c.Value))];

    /// <summary>The same counts and gaps taken line by line: for a unit's own lines, which the kept counts do not split.</summary>
    public static (IReadOnlyList<LineCount> Counts, int Gaps) Of(IEnumerable<IndexEntry> lines)
    {
        var counts = new LineCounts();
        foreach (var line in lines)
        {
            counts.Replaced(null, line);
        }

        return (counts.All(), counts.Gaps);
    }

    /// <summary>Whether the query filters by nothing but platform and status, so <see cref="Total"/> answers it.</summary>
    public static bool Answers(IndexQuery query) =>
        query is { UnitCode: null, GapOnly: false, GapCause: null, GapFrom: null, Rule: null, TextUnits: null }
        && string.IsNullOrEmpty(query.Text);

    public int Total(IndexQuery query) => _counts
        .Where(c => (query.Platform is null || c.Key.Platform == query.Platform)
            && (query.ExceptPlatform is null || c.Key.Platform != query.ExceptPlatform)
            && (query.Status is null || c.Key.Status == query.Status))
        .Sum(c => c.Value);
}
