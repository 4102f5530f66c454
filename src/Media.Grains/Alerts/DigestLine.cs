using Media.Abstractions.Alerts;
using Media.Abstractions.Monitoring;

namespace Media.Grains.Alerts;

/// <summary>
/// One violation in a daily digest: its latest alert of the day and its status now (null when the account no longer
/// holds it). A suspected hit confirmed the same day is one line, not two, and a dismissed hit says so.
/// </summary>
public sealed record DigestLine(AlertEvent Alert, ViolationStatus? Status)
{
    /// <summary>
    /// One line per violation, in the order the violations were first raised; <paramref name="statusOf"/> answers a
    /// violation's current status.
    /// </summary>
    public static IReadOnlyList<DigestLine> Collect(IEnumerable<AlertEvent> alerts, Func<string, ViolationStatus?> statusOf) =>
        [.. alerts.OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
            .GroupBy(a => a.ViolationId, StringComparer.Ordinal)
            .Select(g => new DigestLine(g.Last(), statusOf(g.Key)))];
}
