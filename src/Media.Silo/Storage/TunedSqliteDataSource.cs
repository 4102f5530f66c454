using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Media.Silo.Storage;

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
/// </summary>
public sealed class TunedSqliteDataSource(string connectionString, int busyTimeoutMs) : DbDataSource
{
    /// <summary>Open connections at most: more than two cores can keep busy, reads included (WAL readers run in parallel).</summary>
    public const int MaxOpen = 32;

    private readonly SqliteLimit _turn = new(1, TimeSpan.FromMilliseconds(busyTimeoutMs), "The SQLite store stayed busy with other writes");
    private readonly SqliteLimit _slots = new(MaxOpen, TimeSpan.FromMilliseconds(busyTimeoutMs), "Every SQLite connection stayed in use");

    public override string ConnectionString { get; } = connectionString;

    protected override DbConnection CreateDbConnection() => new TunedSqliteConnection(ConnectionString, busyTimeoutMs, _turn, _slots);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _turn.Dispose();
            _slots.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class TunedSqliteConnection(string connectionString, int busyTimeoutMs, SqliteLimit turn, SqliteLimit slots)
        : SqliteConnection(connectionString)
    {
        // The pool hands back the same native handle many times; its pragmas need setting only once.
        private static readonly ConditionalWeakTable<sqlite3, object> Tuned = [];

        // A connection keeps its turn from its first write (or transaction) until it closes: Orleans' provider and
        // Media's stores open a connection per operation, so that is the end of the write's implicit or explicit
        // transaction, and the turn never has to follow a data reader's lifetime.
        private bool _holdsTurn;
        private bool _holdsSlot;

        public override void Open()
        {
            if (!_holdsSlot)
            {
                slots.Enter();
                _holdsSlot = true;
            }

            OpenTuned();
        }

        public override async Task OpenAsync(CancellationToken cancellationToken)
        {
            if (!_holdsSlot)
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
                    slots.Leave();
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

    /// <summary>Takes the connection's write turn before a statement that may write runs.</summary>
    private sealed class GatedCommand : SqliteCommand
    {
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
