using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;

namespace Media.Grains.Index;

/// <summary>The weekly summary's facts for one region index.</summary>
internal static class WeekReview
{
    public static WeekFacts Collect(IReadOnlyList<IndexEntry> entries, IEnumerable<ViolationEntry> violations,
        DateTimeOffset from, DateTimeOffset to, MonitoringOptions options)
    {
        var opened = new List<ViolationEntry>();
        var resolved = new List<ViolationEntry>();
        foreach (var v in violations)
        {
            if (v.Violation.DetectedAt >= from && v.Violation.DetectedAt < to && v.Violation.Status != ViolationStatus.Dismissed)
            {
                opened.Add(v);
            }

            if (v.Violation.Status == ViolationStatus.Resolved && v.Violation.ClosedAt is { } closed && closed >= from && closed < to)
            {
                resolved.Add(v);
            }
        }

        // "Near the line": judged a warning at the week's end, i.e. silent long enough to be warned but not yet vetoed.
        // Websites are judged by their own rules, not by posts.
        var nearLine = entries.Where(e => e.Status == AccountStatus.Active && e.Platform != Platforms.Website
                && Accounts.AccountSight.Of(e) == Sight.Seen
                && Silence.Judge(e.OpenedOn, e.LastPostAt, to, options) == SilenceVerdict.Warning)
            .ToList();
        var late = entries.Where(e => e.LastLateFiledAt is { } at && at >= from && at < to).ToList();
        return new WeekFacts(opened, resolved, nearLine, late);
    }
}
