using Media.Abstractions.Accounts;
using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>The survey of one region index, over its active accounts.</summary>
internal static class SurveyCount
{
    public static SurveyPart Of(string regionCode, IReadOnlyList<IndexEntry> entries, long lowFollowers, int lowPosts30d)
    {
        var active = entries.Where(e => e.Status == AccountStatus.Active).ToList();
        var cells = active.GroupBy(e => e.Platform).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SurveyCell(g.Key, g.Count(), g.Sum(e => e.Followers ?? 0), g.Sum(e => e.Posts30d), g.Sum(e => e.Originals30d)))
            .ToList();
        var duplicates = active.GroupBy(e => (e.UnitCode, e.Platform)).Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal).ThenBy(g => g.Key.Platform, StringComparer.Ordinal)
            .Select(g => new DuplicateGroup(g.Key.UnitCode, g.Key.Platform, [.. g.Select(e => e.AccountId)]))
            .ToList();

        // Followers unknown (never probed) is not "low": only measured audiences count.
        var low = active.Where(e => e.Followers is { } f && f < lowFollowers && e.Posts30d < lowPosts30d).ToList();
        return new SurveyPart(regionCode, cells, duplicates, low);
    }
}
