using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
/// nothing else would bound how many connections wait open (each a native handle with its own page cache: at
/// 100,000 imported accounts that was over 2 GB), so opening a connection waits for one of
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

    // slots and grouped are null on the group writer's own connection: outside the limit, and its writes are its own.
    private sealed class TunedSqliteConnection(string connectionString, int busyTimeoutMs, SqliteLimit turn, SqliteLimit? slots,
        StoreWriter? grouped) : SqliteConnection(connectionString)
    {
        // The pool hands back the same native handle many times; its pragmas need setting only once.
        private static readonly ConditionalWeakTable<sqlite3, object> Tuned = [];

        // A connection keeps its turn from its first write (or transaction) until it closes: Orleans' provider and
        // Media's stores open a connection per operation, so that is the end of the write's implicit or explicit
        // transaction, and the turn never has to follow a data reader's lifetime.
        private bool _holdsTurn;
        private bool _holdsSlot;

        public StoreWriter? Grouped => grouped;

        public bool HoldsTurn => _holdsTurn;

        public override void Open()
        {
            if (!_holdsSlot && slots is not null)
            {
                slots.Enter();
                _holdsSlot = true;
            }

            OpenTuned();
        }

        public override async Task OpenAsync(CancellationToken cancellationToken)
        {
            if (!_holdsSlot && slots is not null)
            {
                await slots.EnterAsync(cancellationToken);
                _holdsSlot = true;
            }

            // Microsoft.Data.Sqlite opens synchronously anyway.
            OpenTuned();
        }

        // As the base does: SQLite has one transaction per connection and commands join it.
        public override SqliteCommand CreateCommand() =>
            new GatedCommand { Connection = this, CommandTimeout = DefaultTimeout, Transaction = Transaction };

        public override SqliteTransaction BeginTransaction(IsolationLevel isolationLevel, bool deferred)
        {
            TakeTurn();
            return base.BeginTransaction(isolationLevel, deferred);
        }

        protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
        {
            await TakeTurnAsync(cancellationToken);
            return BeginTransaction(isolationLevel);
        }

        public override void Close()
        {
            try
            {
                base.Close();
            }
            finally
            {
                if (_holdsTurn)
                {
                    _holdsTurn = false;
                    turn.Leave();
                }

                if (_holdsSlot)
                {
                    _holdsSlot = false;
                    slots!.Leave();
                }
            }
        }

        internal void TakeTurn()
        {
            if (!_holdsTurn)
            {
                turn.Enter();
                _holdsTurn = true;
            }
        }

        internal async ValueTask TakeTurnAsync(CancellationToken cancellationToken)
        {
            if (!_holdsTurn)
            {
                await turn.EnterAsync(cancellationToken);
                _holdsTurn = true;
            }
        }

        // A failed open gives its slot back (Close does), so a missing file or bad path cannot use up the slots.
        private void OpenTuned()
        {
            try
            {
                base.Open();
                if (Tuned.TryGetValue(Handle!, out _))
                {
                    return;
                }

                using var command = base.CreateCommand();
                command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = NORMAL;";
                command.ExecuteNonQuery();
                Tuned.AddOrUpdate(Handle!, Tuned);
            }
            catch
            {
                Close();
                throw;
            }
        }
    }

    /// <summary>Takes the connection's write turn before a statement that may write runs, or hands it to the group writer.</summary>
    private sealed class GatedCommand : SqliteCommand
    {
        protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
        {
            if (Transaction is null && Owner is { Grouped: { } grouped, HoldsTurn: false } && Writes)
            {
                var parameters = Parameters.Cast<SqliteParameter>().ToArray();
                var names = parameters.Select(p => p.ParameterName).ToArray();
                var values = parameters.Select(p => p.Value).ToArray();
                var text = CommandText;
                return await grouped.WriteAsync(batch => batch.ReadAsync(text, names, values));
            }

            return await base.ExecuteDbDataReaderAsync(behavior, cancellationToken);
        }

        public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
        {
            if (Writes)
            {
                Owner.TakeTurn();
            }

            return base.ExecuteReader(behavior);
        }

        public override async Task<SqliteDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
        {
            await TakeTurnIfWritingAsync(cancellationToken);
            return await base.ExecuteReaderAsync(behavior, cancellationToken);
        }

        public override async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
        {
            await TakeTurnIfWritingAsync(cancellationToken);
            return await base.ExecuteNonQueryAsync(cancellationToken);
        }

        public override async Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
        {
            await TakeTurnIfWritingAsync(cancellationToken);
            return await base.ExecuteScalarAsync(cancellationToken);
        }

        private TunedSqliteConnection Owner => (TunedSqliteConnection)Connection!;

        // Reads need no turn: in WAL mode they never wait for the writer. Anything else may write.
        private bool Writes
        {
            get
            {
                var text = CommandText.AsSpan().TrimStart();
                return !(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));
            }
        }

        private ValueTask TakeTurnIfWritingAsync(CancellationToken cancellationToken) =>
            Writes ? Owner.TakeTurnAsync(cancellationToken) : ValueTask.CompletedTask;
    }
}
