using System.Collections.Immutable;

namespace Media.Abstractions.Monitoring;

/// <summary>The monitoring side of an account grain (implemented by the account grain).</summary>
public interface IMonitoredAccount : IGrainWithStringKey
{
    /// <summary>Logs the posts (durable on return; idempotent by post id) and keeps the new ones; the state write follows within seconds.</summary>
    Task<IngestResult> IngestAsync(ImmutableArray<IncomingPost> posts);

    /// <summary>Records a probe: posts, gap open/closed, app availability.</summary>
    Task RecordProbeAsync(ProbeReport report);

    /// <summary>An inspector recorded a sampling inspection of the account at <paramref name="at"/>: Media has observed it.</summary>
    /// <param name="at">When the inspection was recorded.</param>
    /// <param name="leaveAfter">
    /// The inspection came in a batch (a desk review of up to 1,000 accounts at a time): the grain leaves memory once idle
    /// instead of after the collection age, so a large sampling inspected in an afternoon does not hold every account.
    /// </param>
    Task RecordInspectionAsync(DateTimeOffset at, bool leaveAfter = false);

    /// <summary>Applies the time-based rules at <paramref name="at"/>; returns opened and resolved counts.</summary>
    Task<SweepCounts> EvaluateAsync(DateTimeOffset at);

    /// <summary>Activity statistics at the current time.</summary>
    Task<ActivityView> GetActivityAsync();

    /// <summary>The account's violations, newest first.</summary>
    Task<ImmutableArray<ViolationRecord>> GetViolationsAsync();

    /// <summary>A supervisor's review of a suspected content hit: confirm (it becomes open) or dismiss, with the reviewer's reason.</summary>
    Task<ReviewOutcome> ReviewAsync(string violationId, bool confirm, string actor, string? reason);

    /// <summary>A rectification step (notice, response, verdict); unchanged when the violation's state does not allow it.</summary>
    Task<ReviewOutcome> RectifyAsync(string violationId, RectificationStep request);

    /// <summary>
    /// Opens a violation for a person's finding (audited as the finder's act), or returns the one the same source already
    /// opened and is still active; null when the account was never filed.
    /// </summary>
    Task<ViolationRecord?> RecordFindingAsync(HumanFinding finding);

    /// <summary>The alert about the violation was mailed: <c>open</c> becomes <c>notified</c>.</summary>
    Task MarkNotifiedAsync(string violationId);
}
