using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Grains.Accounts;

namespace Media.Grains.Index;

/// <summary>The accounts (and websites) of an index whose time-based episodes change at a check time.</summary>
internal static class SweepCandidates
{
    public static List<string> Find(IReadOnlyList<IndexEntry> entries, DateTimeOffset at, MonitoringOptions options)
    {
        var candidates = new List<string>();
        foreach (var entry in entries)
        {
            // A website's verdicts change with time only when its judge said they would (SiteDueAt), never by the
            // accounts' episode plan.
            if (entry.Platform == Platforms.Website)
            {
                if (entry.SiteDueAt is { } due && due <= at)
                {
                    candidates.Add(entry.AccountId);
                }

                continue;
            }

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
