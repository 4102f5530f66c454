using System.Collections.Immutable;
using System.Text.Json;
using Media.Abstractions.Audit;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;

namespace Media.Grains.Accounts;

/// <summary>The monitoring side of the account grain: posts, probes, sweeps and reviews.</summary>
internal sealed partial class AccountGrain
{
    /// <summary>
    /// Logs the posts first (that write is what acknowledges them), then takes them into the state. The state
    /// itself is written within <see cref="DeferredWriteDelay"/>, or at once when a violation changed: posts
    /// come in bursts of thousands of accounts, and one log transaction for the burst replaces a state write per
    /// account. Calls to one account run one at a time, so its log rows up to the mark are all in the state.
    /// </summary>
    public async Task<IngestResult> IngestAsync(ImmutableArray<IncomingPost> posts)
    {
        if (state.State.Record is null)
        {
            return new IngestResult(0, 0);
        }

        var logged = await postLog.AppendAsync(Id, posts);
        var now = clock.GetUtcNow();
        var monitor = Monitor();
        var result = monitor.Ingest(posts, now, ObservationSource.Push);
        state.State.PostLogMark = Math.Max(state.State.PostLogMark, logged ?? 0);
        if (result.Accepted > 0)
        {
            await KeepPostsAsync(monitor, now);
        }

        return result;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Record is null)
        {
            return;
        }

        // Posts acknowledged after the state was last written (the silo stopped before the deferred write).
        var missed = await postLog.ReadAfterAsync(Id, state.State.PostLogMark, cancellationToken);
        if (missed.Count > 0)
        {
            var now = clock.GetUtcNow();
            var monitor = Monitor();
            monitor.Ingest([.. missed.Select(p => p.Post)], now, ObservationSource.Push);
            state.State.PostLogMark = missed[^1].Sequence;
            await KeepPostsAsync(monitor, now);
        }
    }

    // A violation the posts opened or closed is written (with its alert) before the answer; otherwise the write waits.
    private async Task KeepPostsAsync(AccountMonitor monitor, DateTimeOffset now)
    {
        if (monitor.Book.Changed.Count > 0)
        {
            await SaveAsync(monitor);
        }
        else
        {
            DeferWrite();
        }

        await PublishAsync(monitor, now, lineCanWait: true);
    }

    public async Task RecordProbeAsync(ProbeReport report)
    {
        if (state.State.Record is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var monitor = Monitor();
        monitor.RecordProbe(report, now);
        await SaveAsync(monitor);
        await PublishAsync(monitor, now);
    }

    public async Task RecordInspectionAsync(DateTimeOffset at, bool leaveAfter = false)
    {
        if (state.State.Record is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var monitor = Monitor();
        monitor.RecordInspection(at, now);
        await SaveAsync(monitor);
        await PublishAsync(monitor, now);

        // Kept for the collection age, the 300,000 accounts of a province's sampling inspected by batches were all in
        // memory at once (the report benchmark's peak, 2.6 GB); an inspected account is rarely needed again soon.
        if (leaveAfter)
        {
            DeactivateOnIdle();
        }
    }

    public async Task<SweepCounts> EvaluateAsync(DateTimeOffset at)
    {
        if (state.State.Record is null && state.State.Discovery is null)
        {
            return SweepCounts.Zero;
        }

        // Discovered but unfiled, the account has only its filing-missing violation, whose notice can run out.
        var monitor = Monitor();
        var siteDue = state.State.Site?.DueAt;
        if (state.State.Record is null)
        {
            monitor.ApplyDeadlines(at);
        }
        else
        {
            monitor.Evaluate(at);
        }

        // A website's line names when the sweep is next due for it; a line left stale would be picked at every sweep.
        if (monitor.Book.Changed.Count > 0 || state.State.Site?.DueAt != siteDue)
        {
            await SaveAsync(monitor);
            await PublishAsync(monitor, at);
        }

        return new SweepCounts(1, monitor.Book.Opened, monitor.Book.Resolved, 1);
    }

    public Task<ActivityView> GetActivityAsync() => Task.FromResult(state.State.Record is null
        ? new ActivityView(null, 0, 0, 0, 0, 0, null, null)
        : Monitor().ActivityWithChart(clock.GetUtcNow()));

    public Task<ImmutableArray<ViolationRecord>> GetViolationsAsync() =>
        Task.FromResult(state.State.Violations.AsEnumerable().Reverse().ToImmutableArray());

    public async Task<ReviewOutcome> ReviewAsync(string violationId, bool confirm, string actor, string? reason)
    {
        var violation = state.State.Violations.Find(v => v.Id == violationId);
        if (violation is null || violation.Status != ViolationStatus.Suspected)
        {
            return new ReviewOutcome(violation, false);
        }

        var now = clock.GetUtcNow();
        var reviewed = confirm
            ? violation with { Status = ViolationStatus.Open, ReviewNote = reason }
            : violation with { Status = ViolationStatus.Dismissed, ClosedAt = now, ClosedBy = actor, ReviewNote = reason };
        await ReplaceAsync(violation, reviewed, actor, confirm ? "violation.confirm" : "violation.dismiss", now);
        return new ReviewOutcome(reviewed, true);
    }

    public async Task<ReviewOutcome> RectifyAsync(string violationId, RectificationStep request)
    {
        var violation = state.State.Violations.Find(v => v.Id == violationId);
        var now = clock.GetUtcNow();
        if (violation is null || RectificationFlow.Apply(violation, request, now) is not { } updated)
        {
            return new ReviewOutcome(violation, false);
        }

        await ReplaceAsync(violation, updated, request.Actor, "violation." + request.Kind.ToString().ToLowerInvariant(), now);
        return new ReviewOutcome(updated, true);
    }

    public async Task MarkNotifiedAsync(string violationId)
    {
        if (state.State.Violations.Find(v => v.Id == violationId) is { Status: ViolationStatus.Open } violation)
        {
            await ReplaceAsync(violation, violation with { Status = ViolationStatus.Notified }, null, null, clock.GetUtcNow());
        }
    }

    // One changed violation: alert (if any) and state, then the region index, then the audit row for a person's act.
    private async Task ReplaceAsync(ViolationRecord before, ViolationRecord after, string? actor, string? action, DateTimeOffset now)
    {
        var monitor = Monitor();
        monitor.Book.Replace(before, after);
        await SaveAsync(monitor);
        await PublishAsync(monitor, now);
        if (actor is not null && action is not null)
        {
            await audit.AppendAsync(new AuditEntry(now, actor, action, after.Id,
                JsonSerializer.Serialize(before, AuditJson.Options), JsonSerializer.Serialize(after, AuditJson.Options)));
        }
    }
}
