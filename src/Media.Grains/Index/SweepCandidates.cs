using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Domain.Monitoring;
using Media.Grains.Accounts;

namespace Media.Grains.Index;

/// <summary>The accounts of an index whose time-based episodes change at a check time.</summary>
internal static class SweepCandidates
{
    public static List<string> Find(IReadOnlyList<IndexEntry> entries, DateTimeOffset at, MonitoringOptions options)
    {
        var candidates = new List<string>();
        foreach (var entry in entries)
        {
            var open = new EpisodePlan(entry.Open.HasFlag(OpenEpisodes.NoUpdate), entry.Open.HasFlag(OpenEpisodes.Warning),
                entry.Open.HasFlag(OpenEpisodes.LowFrequency));
            var plan = EpisodePlan.Decide(entry.OpenedOn, entry.LastPostAt, entry.NthLastPostAt,
                entry.Status == AccountStatus.Active, AccountSight.Of(entry), open, at, options);
            if (plan != open)
            {
                candidates.Add(entry.AccountId);
            }
        }

        return candidates;
    }
}
