using Media.Abstractions.Index;
using Media.Domain.Filing;

namespace Media.Grains.Index;

/// <summary>Whether an index entry passes a query's filters; a filing rule keeps the accounts whose filing record has that finding.</summary>
internal static class IndexFilter
{
    public static bool Matches(IndexEntry entry, IndexQuery query) =>
        (query.Platform is null || entry.Platform == query.Platform)
        && (query.ExceptPlatform is null || entry.Platform != query.ExceptPlatform)
        && (query.Status is null || entry.Status == query.Status)
        && (query.UnitCode is null || entry.UnitCode == query.UnitCode)
        && (!query.GapOnly || entry.Gap is not null)
        && (query.GapCause is null || entry.Gap?.Cause == query.GapCause)
        && (query.GapFrom is null || entry.Gap?.Since >= query.GapFrom)
        && (!RuleIds.IsFinding(query.Rule) || entry.HasFinding(query.Rule!))
        && (string.IsNullOrEmpty(query.Text)
            || entry.Name.Contains(query.Text, StringComparison.OrdinalIgnoreCase)
            || entry.AccountId.Contains(query.Text, StringComparison.OrdinalIgnoreCase)
            || entry.UnitCode.Contains(query.Text, StringComparison.OrdinalIgnoreCase)
            || (query.TextUnits is { } units && Array.IndexOf(units, entry.UnitCode) >= 0));
}
