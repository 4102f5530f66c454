using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Media.Storage.Performance;

/// <summary>
/// A connection of <see cref="TunedSqliteDataSource"/>: its pragmas set once per native handle, an open slot, and the
/// write turn from its first write until it closes.
/// </summary>
// slots and grouped are null on the group writer's own connection: outside the limit, and its writes are its own.
internal sealed class TunedSqliteConnection(string connectionString, int busyTimeoutMs, SqliteLimit turn, SqliteLimit? slots,
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
