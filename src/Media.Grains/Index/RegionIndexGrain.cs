using System.Collections.Immutable;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Storage;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Monitoring;
using Media.Domain.Time;
using Media.Domain.Websites;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Media.Grains.Index;

/// <summary>
/// The accounts of one region code in id order, and their violations. Kept sorted so a query answers its
/// first page without sorting and an upsert is a binary search. Persisted line by line (<see cref="IRegionIndexStore"/>):
/// only changed lines are written. Reentrant so that upserts arriving while a write is in flight share the
/// next write: a busy region costs one transaction per burst, and every caller still returns only after a
/// write that includes its change.
/// </summary>
[Reentrant]
internal sealed class RegionIndexGrain(
    IRegionIndexStore store,
    IOptions<MonitoringOptions> options,
    IOptions<WebsiteOptions> websites)
    : Grain, IRegionIndexGrain
{
    /// <summary>How many accounts one region wakes at a time during a sweep.</summary>
    private const int SweepConcurrency = 32;

    private static readonly IComparer<IndexEntry> ById =
        Comparer<IndexEntry>.Create((a, b) => string.CompareOrdinal(a.AccountId, b.AccountId));

    /// <summary>How long a noted line may wait for its write.</summary>
    private static readonly TimeSpan NoteWriteDelay = TimeSpan.FromSeconds(5);

    private readonly List<IndexEntry> _entries = [];
    private readonly RegionViolations _violations = new();
    private readonly StateWriteBatcher _writer = new();
    private readonly SharedStrings _strings = new();
    private readonly LineCounts _counts = new();
    private readonly LineSearch _search = new();
    // The dashboard's quietest list read every line on every view; kept until a line changes (any change may move it).
    private (string? Unit, int Take, IReadOnlyList<IndexEntry> Lines)? _quietest;
    private Dictionary<string, IndexEntry> _dirtyEntries = new(StringComparer.Ordinal);
    private Dictionary<string, ViolationEntry> _dirtyViolations = new(StringComparer.Ordinal);
    private HashSet<string> _dropped = new(StringComparer.Ordinal);
    private Task? _listed;
    private IGrainTimer? _writeTimer;
    private bool _writeDue;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (entries, violations) = await store.LoadAsync(this.GetPrimaryKeyString());
        _entries.AddRange(entries.Select(e => _strings.Share(e)).Order(ById));
        foreach (var entry in _entries)
        {
            _counts.Replaced(null, entry);
        }
        _violations.Load(violations);
    }

    public Task UpsertAsync(IndexEntry entry) => Replace(entry) ? ListThenWriteAsync() : Task.CompletedTask;

    public Task<ImmutableArray<string>> KnownAmongAsync(ImmutableArray<string> accountIds)
    {
        // Open or not: a discovery's date counts for the lateness of the filing that follows it either way.
        var discovered = _violations.All.Where(v => v.Violation.Rule == RuleIds.FilingMissing)
            .Select(v => v.Violation.AccountId).ToHashSet(StringComparer.Ordinal);
        // Both in id order, walked side by side: a sheet's ids against every region costs the two lengths, not a search per id.
        var ids = InOrder(accountIds) ? accountIds : accountIds.Sort(StringComparer.Ordinal);
        var known = ImmutableArray.CreateBuilder<string>();
        var at = 0;
        foreach (var id in ids)
        {
            while (at < _entries.Count && string.CompareOrdinal(_entries[at].AccountId, id) < 0)
            {
                at++;
            }

            if ((at < _entries.Count && string.Equals(_entries[at].AccountId, id, StringComparison.Ordinal)) || discovered.Contains(id))
            {
                known.Add(id);
            }
        }

        return Task.FromResult(known.ToImmutable());
    }

    public Task NoteAsync(IReadOnlyList<IndexEntry> entries)
    {
        var changed = false;
        foreach (var entry in entries)
        {
            changed |= Replace(entry);
        }

        if (changed && !_writeDue)
        {
            _writeTimer ??= this.RegisterGrainTimer(_ => ListThenWriteAsync(), new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true });
            _writeTimer.Change(NoteWriteDelay, Timeout.InfiniteTimeSpan);
            _writeDue = true;
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _dirtyEntries.Count > 0 || _dirtyViolations.Count > 0 || _dropped.Count > 0 ? WriteAsync() : Task.CompletedTask;

    private static bool InOrder(ImmutableArray<string> ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    // Puts the line in place and marks it for the next write; false when nothing changed.
    private bool Replace(IndexEntry entry)
    {
        entry = _strings.Share(entry);
        var at = _entries.BinarySearch(entry, ById);
        if (at >= 0)
        {
            var before = _entries[at];
            if (before == entry)
            {
                return false;
            }

            _search.Replaced(before, entry);
            _counts.Replaced(before, entry);
            _entries[at] = entry;
        }
        else
        {
            _entries.Insert(~at, entry);
            _counts.Replaced(null, entry);
            _search.Replaced(null, entry);
        }

        _quietest = null;
        _dirtyEntries[entry.AccountId] = entry;
        return true;
    }

    // The region enters the directory (which fan-outs read) before its first line is written, once per
    // activation rather than once per account change: the directory is one grain for the whole system.
    private async Task ListThenWriteAsync()
    {
        await (_listed ??= ListAsync());
        await WriteAsync();
    }

    private async Task ListAsync()
    {
        try
        {
            await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).AddAsync(this.GetPrimaryKeyString());
        }
        catch
        {
            _listed = null;
            throw;
        }
    }

    public Task<int> CountAsync() => Task.FromResult(_entries.Count);

    public Task<IndexPage> QueryAsync(IndexQuery query) =>
        Task.FromResult(RegionQuery.Answer(_entries, _counts, _search, query, Breaking(query)));

    public Task<IndexRanks> RanksAsync(IndexQuery query, int every, int upTo) =>
        Task.FromResult(RegionQuery.Ranks(_entries, _counts, _search, query, Breaking(query), every, upTo));

    public Task<IndexWindow> WindowAsync(IndexQuery query, string? from, string? until) =>
        Task.FromResult(RegionQuery.Window(_entries, _counts, _search, query, Breaking(query), from, until));

    // A filing rule is a finding on the line (IndexFilter); any other rule, an active violation of it.
    private HashSet<string>? Breaking(IndexQuery query) =>
        query.Rule is null || Domain.Filing.RuleIds.IsFinding(query.Rule) ? null : _violations.AccountsBreaking(query.Rule);

    public Task UpsertViolationsAsync(IReadOnlyList<ViolationEntry> entries)
    {
        foreach (var entry in entries)
        {
            _dirtyViolations[entry.Violation.Id] = entry;
            _dropped.Remove(entry.Violation.Id);
        }

        foreach (var id in _violations.Upsert(entries))
        {
            _dirtyViolations.Remove(id);
            _dropped.Add(id);
        }

        // A region may hold violations before any line: a discovered account is listed only by its violation.
        return ListThenWriteAsync();
    }

    public Task<ViolationPage> QueryViolationsAsync(ViolationQuery query) => Task.FromResult(_violations.Query(query));

    public Task<SweepCounts> PreviewSweepAsync(DateTimeOffset at) =>
        Task.FromResult(new SweepCounts(_entries.Count, 0, 0, Candidates(at).Count));

    public async Task<SweepCounts> SweepAsync(DateTimeOffset at)
    {
        var candidates = Candidates(at);
        var counts = new SweepCounts(_entries.Count, 0, 0, 0);
        foreach (var chunk in candidates.Chunk(SweepConcurrency))
        {
            var results = await Task.WhenAll(chunk.Select(id => GrainFactory.Ref<IMonitoredAccount>(id).EvaluateAsync(at)));
            foreach (var result in results)
            {
                counts = counts with
                {
                    NewViolations = counts.NewViolations + result.NewViolations,
                    Resolved = counts.Resolved + result.Resolved,
                    Activated = counts.Activated + 1,
                };
            }
        }

        return counts;
    }

    // Accounts whose episodes change, and those holding a rectification notice that has just run out or is near its deadline.
    private List<string> Candidates(DateTimeOffset at) => SweepCandidates.Find(_entries, at, options.Value)
        .Union(_violations.All.Where(v => Accounts.RectificationFlow.IsOverdue(v.Violation, at)
                || Accounts.RectificationFlow.IsReminderDue(v.Violation, at))
            .Select(v => v.Violation.AccountId))
        .ToList();

    // A website's content is read on its own interval (Rules:Websites:ContentProbeHours), whatever the accounts' is.
    public Task<IReadOnlyList<string>> DueForProbeAsync(DateTimeOffset at, TimeSpan every, int max)
    {
        var siteEvery = TimeSpan.FromHours(websites.Value.ContentProbeHours);
        IReadOnlyList<string> due = [.. _entries
            .Where(e => e.HasProbeSource && e.Status == Abstractions.Accounts.AccountStatus.Active
                && (e.LastProbedAt is not { } last || at - last >= (e.Platform == Platforms.Website ? siteEvery : every)))
            .OrderBy(e => e.LastProbedAt ?? DateTimeOffset.MinValue)
            .Take(max)
            .Select(e => e.AccountId)];
        return Task.FromResult(due);
    }

    public Task<WeekFacts> WeekAsync(DateTimeOffset since, DateTimeOffset until) =>
        Task.FromResult(WeekReview.Collect(_entries, _violations.All, since, until, options.Value));

    // A closure that has not yet taken effect keeps the account running until its day.
    public Task<IReadOnlyList<IndexEntry>> RunningAsync(DateOnly openedBy, DateOnly drawnOn)
    {
        IReadOnlyList<IndexEntry> running = [.. _entries.Where(e => e.OpenedOn <= openedBy
            && (e.Status == AccountStatus.Active || e.EndedOn > drawnOn))];
        return Task.FromResult(running);
    }

    public Task<RegionDashboard> DashboardAsync(string? unitCode, DateTimeOffset at, int take, int weeks)
    {
        var (counts, gaps) = unitCode is null ? (_counts.All(), _counts.Gaps) : LineCounts.Of(_entries.Where(e => e.UnitCode == unitCode));
        var perWeek = Weeks.Count(_violations.All.Where(v => unitCode is null || v.UnitCode == unitCode).Select(v => v.Violation.DetectedAt), at, weeks);
        if (_quietest is not { } kept || kept.Unit != unitCode || kept.Take != take)
        {
            kept = (unitCode, take, DashboardLists.Quietest(_entries, unitCode, take));
            _quietest = kept;
        }

        return Task.FromResult(new RegionDashboard(counts, gaps, kept.Lines, perWeek));
    }

    public Task<SurveyPart> SurveyAsync(long lowFollowers, int lowPosts30d) =>
        Task.FromResult(SurveyCount.Of(this.GetPrimaryKeyString(), _entries, lowFollowers, lowPosts30d));

    // The changed lines are taken before the first await, so later changes wait for the next write; if this
    // write fails they go back into the dirty sets (unless changed again since) and the next write carries them.
    private Task WriteAsync() => _writer.WriteIncludingNowAsync(async () =>
    {
        _writeDue = false;
        var (entries, violations, dropped) = (_dirtyEntries, _dirtyViolations, _dropped);
        (_dirtyEntries, _dirtyViolations, _dropped) = (new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        try
        {
            await store.SaveAsync(this.GetPrimaryKeyString(), entries.Values, violations.Values, dropped);
        }
        catch
        {
            foreach (var (id, entry) in entries)
            {
                _dirtyEntries.TryAdd(id, entry);
            }

            foreach (var (id, violation) in violations)
            {
                _dirtyViolations.TryAdd(id, violation);
            }

            _dropped.UnionWith(dropped.Where(id => !_dirtyViolations.ContainsKey(id)));
            throw;
        }
    });
}
