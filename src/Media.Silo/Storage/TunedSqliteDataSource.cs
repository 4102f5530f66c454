using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Media.Silo.Storage;

/// <summary>
/// Hands out SQLite connections that set their per-connection pragmas when they open, for Orleans'
/// provider and Media's own queries alike:
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite's own lock wait (short, growing sleeps). Without it Microsoft.Data.Sqlite
/// retries a busy write lock with long fixed sleeps, and concurrent grain writes crawl.</item>
/// <item><c>synchronous=NORMAL</c>: in WAL mode a commit is in the OS before the call returns, so it survives
/// a killed process; only the fsync per commit is saved (a power cut may lose the last commits).</item>
/// </list>
/// </summary>
public sealed class TunedSqliteDataSource(string connectionString, int busyTimeoutMs) : DbDataSource
{
    public override string ConnectionString { get; } = connectionString;

    protected override DbConnection CreateDbConnection() => new TunedSqliteConnection(ConnectionString, busyTimeoutMs);

    private sealed class TunedSqliteConnection(string connectionString, int busyTimeoutMs) : SqliteConnection(connectionString)
    {
        // The pool hands back the same native handle many times; its pragmas need setting only once.
        private static readonly ConditionalWeakTable<sqlite3, object> Tuned = [];

        public override void Open()
        {
            base.Open();
            if (Tuned.TryGetValue(Handle!, out _))
            {
                return;
            }

            using var command = CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
            Tuned.AddOrUpdate(Handle!, Tuned);
        }

        public override Task OpenAsync(CancellationToken cancellationToken)
        {
            // Microsoft.Data.Sqlite opens synchronously anyway.
            Open();
            return Task.CompletedTask;
        }
    }
}
