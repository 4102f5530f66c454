using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Media.Grains.Index;

/// <summary>
/// The accounts of one region code in id order, and their violations. Kept sorted so a query answers its
/// first page without sorting and an upsert is a binary search. Reentrant so that upserts arriving while
/// a write is in flight share the next write: a busy region costs one state write per burst, and every
/// caller still returns only after a write that includes its change.
/// </summary>
[Reentrant]
internal sealed class RegionIndexGrain(
    [PersistentState(StateNames.RegionIndex, StateNames.Store)] IPersistentState<RegionIndexState> state,
    IOptions<MonitoringOptions> options)
    : Grain, IRegionIndexGrain
{
    /// <summary>How many accounts one region wakes at a time during a sweep.</summary>
    private const int SweepConcurrency = 32;

    private static readonly IComparer<IndexEntry> ById =
        Comparer<IndexEntry>.Create((a, b) => string.CompareOrdinal(a.AccountId, b.AccountId));

    private readonly List<IndexEntry> _entries = [];
    private readonly RegionViolations _violations = new();
    private readonly StateWriteBatcher _writer = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _entries.AddRange(state.State.Entries);
        _violations.Load(state.State.Violations);
        return Task.CompletedTask;
    }

    public Task UpsertAsync(IndexEntry entry)
    {
        var at = _entries.BinarySearch(entry, ById);
        if (at >= 0)
        {
            if (_entries[at] == entry)
            {
                return Task.CompletedTask;
            }

            _entries[at] = entry;
        }
        else
        {
            _entries.Insert(~at, entry);
        }

        return WriteAsync();
    }

    public Task<IndexPage> QueryAsync(IndexQuery query)
    {
        var total = 0;
        var items = new List<IndexEntry>(Math.Min(query.Take, 256));
        foreach (var entry in _entries)
        {
            if (!IndexFilter.Matches(entry, query))
            {
                continue;
            }

            total++;
            if (items.Count < query.Take)
            {
                items.Add(entry);
            }
        }

        return Task.FromResult(new IndexPage(total, items));
    }

    public Task UpsertViolationsAsync(IReadOnlyList<ViolationEntry> entries)
    {
        _violations.Upsert(entries);
        return WriteAsync();
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
            var results = await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<IMonitoredAccount>(id).EvaluateAsync(at)));
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

    // Accounts whose episodes change, and those holding a rectification notice that has just run out.
    private List<string> Candidates(DateTimeOffset at) => SweepCandidates.Find(_entries, at, options.Value)
        .Union(_violations.All.Where(v => Accounts.RectificationFlow.IsOverdue(v.Violation, at)).Select(v => v.Violation.AccountId))
        .ToList();

    public Task<IReadOnlyList<string>> DueForProbeAsync(DateTimeOffset at, TimeSpan every, int max)
    {
        IReadOnlyList<string> due = [.. _entries
            .Where(e => e.HasProbeSource && e.Status == Abstractions.Accounts.AccountStatus.Active
                && (e.LastProbedAt is not { } last || at - last >= every))
            .OrderBy(e => e.LastProbedAt ?? DateTimeOffset.MinValue)
            .Take(max)
            .Select(e => e.AccountId)];
        return Task.FromResult(due);
    }

    public Task<WeekFacts> WeekAsync(DateTimeOffset since, DateTimeOffset until) =>
        Task.FromResult(WeekReview.Collect(_entries, _violations.All, since, until, options.Value));

    public Task<IReadOnlyList<IndexEntry>> ActiveDuringAsync(DateOnly first, DateOnly last)
    {
        IReadOnlyList<IndexEntry> active = [.. _entries.Where(e => e.OpenedOn <= last && (e.EndedOn is not { } ended || ended >= first))];
        return Task.FromResult(active);
    }

    public Task<SurveyPart> SurveyAsync(long lowFollowers, int lowPosts30d) =>
        Task.FromResult(SurveyCount.Of(this.GetPrimaryKeyString(), _entries, lowFollowers, lowPosts30d));

    // A copy goes to storage, so later upserts may change the working lists while the write is in flight.
    private Task WriteAsync() => _writer.WriteIncludingNowAsync(() =>
    {
        state.State.Entries = [.. _entries];
        state.State.Violations = _violations.Snapshot();
        return state.WriteStateAsync();
    });
}
