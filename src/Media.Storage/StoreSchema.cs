using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Media.Storage;

/// <summary>
/// Applies the store's schema: on SQLite first Orleans' grain storage from this assembly
/// (<see cref="GrainStorageQueries"/>), then Media's own SQL scripts (<c>silo-config/sql/{store}/*.sql</c>, in name
/// order). The scripts are idempotent, so this runs at every start and on a store that is already current changes
/// nothing.
/// </summary>
public sealed class StoreSchema(StoreConnection store, string sqlRoot, ILogger<StoreSchema> logger)
{
    /// <summary>Media's advisory lock number on PostgreSQL (any constant no other application uses).</summary>
    private const long SchemaLockKey = 0x4D65646961L;

    /// <summary>
    /// On SQLite, the store's <c>quick_check</c> started by <see cref="ApplyAsync"/> and running beside the rest of the start
    /// (<see cref="StoreIntactGate"/> waits for it before the silo does anything but read); completed elsewhere.
    /// </summary>
    public Task Intact { get; private set; } = Task.CompletedTask;

    /// <summary>Runs every script of the store's folder, each in its own transaction.</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(sqlRoot, store.ScriptFolder);
        var scripts = Directory.GetFiles(folder, "*.sql").Order(StringComparer.Ordinal).ToList();
        if (scripts.Count == 0)
        {
            throw new InvalidOperationException($"No schema scripts in {folder}.");
        }

        await using var connection = await store.OpenAsync(cancellationToken);
        Dictionary<string, string>? installed = null;
        if (store.IsSqlite)
        {
            Task? check = null;
            try
            {
                // WAL lets readers run beside the one writer and is remembered by the file itself; the check then reads
                // the whole file on its own connection while the schema, Orleans and the index warm-up go on.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
                Intact = check = CheckIntactAsync(cancellationToken);
                await RunAsync(connection, GrainStorageQueries.Script(), cancellationToken);
                installed = await GrainStorageQueries.ReadAsync(connection, null, cancellationToken);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26)
            {
                // A file too damaged for the schema: the check says so in its own words.
                await (check ?? CheckIntactAsync(cancellationToken));
                throw;
            }
        }

        foreach (var script in scripts)
        {
            await RunAsync(connection, await File.ReadAllTextAsync(script, cancellationToken), cancellationToken);
            if (installed is not null)
            {
                GrainStorageQueries.ThrowIfChanged(installed, await GrainStorageQueries.ReadAsync(connection, null, cancellationToken), script);
            }

            StorageLog.SchemaScriptApplied(logger, script);
        }

        StorageLog.SchemaCurrent(logger, scripts.Count, folder);
    }

    /// <summary>
    /// Refuses to start on a damaged SQLite file: a silo that started on one answered a quarter of its reads with 500s.
    /// <c>quick_check</c> reads every page once without checking index contents against tables, which is what the
    /// start can afford (its measured cost, and the estimate for a million accounts, are in docs/benchmarks.md).
    /// </summary>
    private async Task CheckIntactAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // A plain connection, outside the tuned data source's turns, so the long read never holds up the silo's own statements.
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(5);";
        var problems = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                problems.Add(reader.GetString(0));
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 11 or 26)
        {
            // SQLITE_CORRUPT or SQLITE_NOTADB: damaged beyond what the check itself can walk.
            problems.Add(e.Message);
        }

        if (problems is not ["ok"])
        {
            throw new InvalidOperationException(
                $"The store {connection.DataSource} is damaged (PRAGMA quick_check: {string.Join("; ", problems)}). "
                + "Media will not start on it: restore media.db from a backup, or move it aside to start empty. "
                + "存储文件已损坏，请从备份恢复。");
        }

        var elapsedMs = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        StorageLog.StoreIntact(logger, elapsedMs);
    }

    private async Task RunAsync(DbConnection connection, string text, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!store.IsSqlite)
        {
            // Silos starting together take turns, script by script: CREATE ... IF NOT EXISTS is not safe
            // against a concurrent CREATE of the same object. The lock ends with the transaction.
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLockKey});", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, text, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
