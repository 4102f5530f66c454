using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Domain.Monitoring;

namespace Media.Grains.Index;

/// <summary>The accounts of an index whose time-based episodes change at a check time.</summary>
internal static class SweepCandidates
{
    public static List<string> Find(IReadOnlyList<IndexEntry> entries, DateTimeOffset at, MonitoringOptions options)
    {
        var candidates = new List<string>();
        foreach (var entry in entries)
        {
            var plan = EpisodePlan.Decide(entry.OpenedOn, entry.LastPostAt, entry.NthLastPostAt,
                entry.Status == AccountStatus.Active, entry.Open.HasFlag(OpenEpisodes.MonitoringGap), at, options);
            if (plan is { } p && (p.NoUpdate != entry.Open.HasFlag(OpenEpisodes.NoUpdate)
                || p.Warning != entry.Open.HasFlag(OpenEpisodes.Warning)
                || p.LowFrequency != entry.Open.HasFlag(OpenEpisodes.LowFrequency)))
            {
                candidates.Add(entry.AccountId);
            }
        }

        return candidates;
    }
}
