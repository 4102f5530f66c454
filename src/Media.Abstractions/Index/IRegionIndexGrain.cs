using System.Collections.Immutable;
using Media.Abstractions.Monitoring;
using Orleans.Concurrency;

namespace Media.Abstractions.Index;

/// <summary>
/// The index of the accounts whose unit sits in one region code (keyed by the 6-digit code). Lists and
/// sweeps read these instead of activating account grains.
/// </summary>
public interface IRegionIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces the entry of one account; persisted before it returns.</summary>
    Task UpsertAsync(IndexEntry entry);

    /// <summary>
    /// The ids among <paramref name="accountIds"/> this region knows: a filed account's line, or the <c>filing-missing</c>
    /// violation of an account discovered unfiled. A sheet import asks every region once instead of waking an account per row.
    /// </summary>
    [ReadOnly]
    Task<ImmutableArray<string>> KnownAmongAsync(ImmutableArray<string> accountIds);

    /// <summary>
    /// Replaces the entries of some accounts in memory and writes them within a few seconds (with the next write).
    /// For changes the account can give again from its own state, such as new posts: a line lost with a
    /// killed silo is restored when the account next wakes.
    /// </summary>
    Task NoteAsync(IReadOnlyList<IndexEntry> entries);

    /// <summary>How many account lines the index holds; the start calls it to load every index before the silo reports healthy.</summary>
    [ReadOnly]
    Task<int> CountAsync();

    /// <summary>Entries matching the query, counted, with the first <c>Take</c> in id order.</summary>
    [ReadOnly]
    Task<IndexPage> QueryAsync(IndexQuery query);

    /// <summary>
    /// The matching lines' count and the ids at ranks 0, <paramref name="every"/>, 2·every… in id order, up to the first at or
    /// past rank <paramref name="upTo"/>: the first round of a deep page (<see cref="IndexRanks"/>).
    /// </summary>
    [ReadOnly]
    Task<IndexRanks> RanksAsync(IndexQuery query, int every, int upTo);

    /// <summary>
    /// How many matching lines sort before <paramref name="from"/> (none when null), and the matching lines from it up to
    /// <paramref name="until"/> (exclusive; no end when null), at most <c>Take</c>: the second round of a deep page.
    /// </summary>
    [ReadOnly]
    Task<IndexWindow> WindowAsync(IndexQuery query, string? from, string? until);

    /// <summary>
    /// All the dashboard shows of this region at once (<see cref="RegionDashboard"/>); a unit's own lines when
    /// <paramref name="unitCode"/> is given.
    /// </summary>
    [ReadOnly]
    Task<RegionDashboard> DashboardAsync(string? unitCode, DateTimeOffset at, int take, int weeks);

    /// <summary>Adds or replaces violations of one account; persisted before it returns.</summary>
    Task UpsertViolationsAsync(IReadOnlyList<ViolationEntry> entries);

    /// <summary>Violations matching the query, newest first.</summary>
    [ReadOnly]
    Task<ViolationPage> QueryViolationsAsync(ViolationQuery query);

    /// <summary>
    /// Scans the entries in memory and wakes only the accounts whose time-based state changes at
    /// <paramref name="at"/>: a new silence episode, a warning, low frequency, or one to resolve.
    /// </summary>
    Task<SweepCounts> SweepAsync(DateTimeOffset at);

    /// <summary>Accounts with a probe source not probed within <paramref name="every"/> before <paramref name="at"/>,
    /// least recently probed first, at most <paramref name="max"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> DueForProbeAsync(DateTimeOffset at, TimeSpan every, int max);

    /// <summary>What happened in the region in [since, until): for the weekly summary (一周一点评).</summary>
    [ReadOnly]
    Task<WeekFacts> WeekAsync(DateTimeOffset since, DateTimeOffset until);

    /// <summary>
    /// The population of a sampling: accounts opened by <paramref name="openedBy"/> and still running on
    /// <paramref name="drawnOn"/> (Beijing dates), since a 通报 samples 在运行的 accounts, never closed or cancelled ones.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<IndexEntry>> RunningAsync(DateOnly openedBy, DateOnly drawnOn);

    /// <summary>The survey of the region's active accounts; low activity = fewer followers and fewer posts in 30 days than given.</summary>
    [ReadOnly]
    Task<SurveyPart> SurveyAsync(long lowFollowers, int lowPosts30d);

    /// <summary>The detection pass of a sweep alone: how many lines it checks and how many accounts it would wake.</summary>
    [ReadOnly]
    Task<SweepCounts> PreviewSweepAsync(DateTimeOffset at);
}
