using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Media.Storage.Performance;

/// <summary>
/// Hands out SQLite connections for Orleans' provider and Media's own queries alike. Each sets its pragmas when
/// it opens:
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite's own lock wait, for another process on the same file. Without it
/// Microsoft.Data.Sqlite retries a busy write lock with long fixed sleeps.</item>
/// <item><c>synchronous=NORMAL</c>: in WAL mode a commit is in the OS before the call returns, so it survives
/// a killed process; only the fsync per commit is saved (a power cut may lose the last commits).</item>
/// </list>
/// Writers of this process take turns in process instead of meeting on SQLite's write lock: SQLite's busy handler
/// sleeps 1, 2, 5… ms and keeps sleeping after the lock is free, and the sleeping thread is a thread-pool thread;
/// the turn is handed over at once and its waiters hold no thread. Because waiting writers no longer hold threads,
/// nothing else would bound how many connections wait open (each a native handle with its own page cache, which
/// added up to gigabytes during a large import; docs/benchmarks.md), so opening a connection waits for one of
/// <see cref="MaxOpen"/> slots first.
/// A write that runs outside a transaction and reads what it returns (how Orleans' ADO.NET provider writes grain
/// state: one upsert with RETURNING per write) is handed to a group-commit <see cref="StoreWriter"/>: writes that
/// arrive together share one transaction and one prepared statement, and each caller gets its own rows back once the
/// transaction has committed, so Orleans' per-row version check is unchanged. The writer's connection is outside the
/// slot limit, or callers waiting with their slots could starve it.
/// </summary>
public sealed class TunedSqliteDataSource : DbDataSource
{
    /// <summary>Open connections at most: more than two cores can keep busy, reads included (WAL readers run in parallel).</summary>
    public const int MaxOpen = 32;

    private readonly int _busyTimeoutMs;
    private readonly SqliteLimit _turn;
    private readonly SqliteLimit _slots;
    private readonly StoreWriter _grouped;

    public TunedSqliteDataSource(string connectionString, int busyTimeoutMs)
    {
        ConnectionString = connectionString;
        _busyTimeoutMs = busyTimeoutMs;
        _turn = new(1, TimeSpan.FromMilliseconds(busyTimeoutMs), "The SQLite store stayed busy with other writes");
        _slots = new(MaxOpen, TimeSpan.FromMilliseconds(busyTimeoutMs), "Every SQLite connection stayed in use");
        _grouped = new StoreWriter(OpenReservedAsync);
    }

    public override string ConnectionString { get; }

    /// <summary>
    /// Writes that went through the group writer, Orleans' grain-state writes among them: the contract tests read it to
    /// prove the real write path is intercepted.
    /// </summary>
    public long GroupedWrites => _grouped.Committed;

    /// <summary>
    /// Whether a statement may write, so it needs the write turn (or goes to the group writer when it runs alone).
    /// Reads need no turn: in WAL mode they never wait for the writer. Anything but SELECT and PRAGMA may write.
    /// </summary>
    internal static bool MayWrite(string commandText)
    {
        var text = commandText.AsSpan().TrimStart();
        return !(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));
    }

    protected override DbConnection CreateDbConnection() => new TunedSqliteConnection(ConnectionString, _busyTimeoutMs, _turn, _slots, _grouped);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Writes already handed over are finished first.
            _grouped.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _turn.Dispose();
            _slots.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _grouped.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private async Task<DbConnection> OpenReservedAsync()
    {
        var connection = new TunedSqliteConnection(ConnectionString, _busyTimeoutMs, _turn, null, null);
        await connection.OpenAsync();
        return connection;
    }
}
