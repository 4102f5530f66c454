using Media.Abstractions.Accounts;
using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>
/// How many of a region's lines there are of each platform and status, kept as lines change, so a list filtered by those
/// alone (every plain list page, the dashboard's counts) has its total without reading every line.
/// </summary>
internal sealed class LineCounts
{
    private readonly Dictionary<(string Platform, AccountStatus Status), int> _counts = [];

    public void Replaced(IndexEntry? before, IndexEntry after)
    {
        if (before is not null)
        {
            _counts[(before.Platform, before.Status)]--;
        }

        _counts[(after.Platform, after.Status)] = _counts.GetValueOrDefault((after.Platform, after.Status)) + 1;
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
