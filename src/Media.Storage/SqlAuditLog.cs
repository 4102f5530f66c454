using System.Data.Common;
using System.Globalization;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Storage.Performance;

namespace Media.Storage;

/// <summary>
/// The audit log as the <c>MediaAuditLog</c> table of the silo's store (insert-only), each row chained by hash in
/// <c>MediaAuditChain</c> (<see cref="AuditChain"/>). On PostgreSQL each silo's group writer appends to a lane of its own
/// (<see cref="ChainLane"/>, <c>MediaAuditLane</c>), so silos never wait for each other's commits; on SQLite the one
/// writer has one lane.
/// </summary>
internal sealed class SqlAuditLog(StoreConnection store, StoreWriter writer) : IAuditLog
{
    private static readonly string[] Columns = ["OccurredAt", "Actor", "Action", "Subject", "Before", "After"];
    private static readonly string[] ChainColumns = ["AuditId", "PrevHash", "Hash"];
    private static readonly string[] LaneChainColumns = ["AuditId", "PrevHash", "Hash", "Lane"];
    private static readonly string[] LaneColumn = ["Lane"];
    private static readonly string[] AfterColumn = ["AfterId"];

    private const string RowColumns = "Id, OccurredAt, Actor, Action, Subject, Before, After";

    // Every filing and review appends a row: rows that arrive together share one transaction, and the chain is
    // computed inside it, so links follow commit order and a batch retried write by write recomputes its links.
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(batch => AppendChainedAsync(batch, entry));

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, $"""
            SELECT {RowColumns} FROM MediaAuditLog
            WHERE Subject = @Subject ORDER BY Id LIMIT @Take
            """);
        Sql.Add(command, "Subject", subject);
        Sql.Add(command, "Take", take);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, $"SELECT {RowColumns} FROM MediaAuditLog ORDER BY Id DESC LIMIT @Take");
        Sql.Add(command, "Take", take);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        // On PostgreSQL one snapshot for the lanes and the rows (a lane and its first row commit together); SQLite has
        // one lane and no lane table, and its one statement is its own snapshot.
        await using var transaction = store.IsSqlite ? null : await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var check = new AuditChainCheck(transaction is null ? new Dictionary<long, long>() : await ReadLanesAsync(connection, transaction, cancellationToken));
        var lane = store.IsSqlite ? "0" : "c.Lane";
        await using var command = Sql.Command(connection, transaction, $"""
            SELECT a.Id, a.OccurredAt, a.Actor, a.Action, a.Subject, a.Before, a.After, c.PrevHash, c.Hash, {lane}
            FROM MediaAuditLog a LEFT JOIN MediaAuditChain c ON c.AuditId = a.Id ORDER BY a.Id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            check.Add(ReadRow(reader), TextOrNull(reader, 7), TextOrNull(reader, 8), reader.IsDBNull(9) ? 0 : reader.GetInt64(9));
        }

        return check.Report();
    }

    /// <summary>Appends a row and its chain link inside <paramref name="batch"/>'s transaction (also for finished filing intents).</summary>
    internal async Task<bool> AppendChainedAsync(WriteBatch batch, AuditEntry entry)
    {
        // The transaction's first append finds its lane's head; the later ones continue from the link before them.
        var prev = batch.ChainHead ?? await LaneHeadAsync(batch);
        var occurredAt = Sql.Instant(entry.OccurredAt);
        var id = Convert.ToInt64(await batch.ScalarAsync("""
            INSERT INTO MediaAuditLog (OccurredAt, Actor, Action, Subject, Before, After)
            VALUES (@OccurredAt, @Actor, @Action, @Subject, @Before, @After) RETURNING Id
            """, Columns, occurredAt, entry.Actor, entry.Action, entry.Subject, entry.Before, entry.After), CultureInfo.InvariantCulture);
        var row = new AuditRow(id, occurredAt, entry.Actor, entry.Action, entry.Subject, entry.Before, entry.After);
        var hash = AuditChain.Hash(row, prev);
        if (store.IsSqlite)
        {
            await batch.ExecuteAsync("INSERT INTO MediaAuditChain (AuditId, PrevHash, Hash) VALUES (@AuditId, @PrevHash, @Hash)",
                ChainColumns, id, prev, hash);
        }
        else
        {
            await batch.ExecuteAsync("INSERT INTO MediaAuditChain (AuditId, PrevHash, Hash, Lane) VALUES (@AuditId, @PrevHash, @Hash, @Lane)",
                LaneChainColumns, id, prev, hash, batch.ChainLane);
        }

        batch.ChainHead = hash;
        return true;
    }

    private async Task<string> LaneHeadAsync(WriteBatch batch)
    {
        if (store.IsSqlite)
        {
            // One writer per store: one lane (0), whose head is simply the last chained row.
            batch.ChainLane = 0;
            return await batch.ScalarAsync("SELECT Hash FROM MediaAuditChain ORDER BY AuditId DESC LIMIT 1", []) as string
                ?? await SealLegacyRowsAsync(batch);
        }

        if (batch.Lane.Id is { } lane)
        {
            // This writer is the lane's only appender: its head is the one in memory, or after a failed commit the stored one.
            batch.ChainLane = lane;
            return batch.Lane.Head
                ?? (string)(await batch.ScalarAsync("SELECT Hash FROM MediaAuditChain WHERE Lane = @Lane ORDER BY AuditId DESC LIMIT 1", LaneColumn, lane))!;
        }

        return await OpenLaneAsync(batch);
    }

    // The writer's first chained row opens its lane, linked to the latest chained row any lane has committed (or to the
    // seal of the rows before the chain), so the lane starts after rows that already exist and nothing precedes it unseen.
    private static async Task<string> OpenLaneAsync(WriteBatch batch)
    {
        long afterId = 0;
        string? start = null;
        await using (var latest = await batch.ReadAsync("SELECT AuditId, Hash FROM MediaAuditChain ORDER BY AuditId DESC LIMIT 1", []))
        {
            if (await latest.ReadAsync())
            {
                (afterId, start) = (latest.GetInt64(0), latest.GetString(1));
            }
        }

        start ??= await SealLegacyRowsAsync(batch);
        batch.ChainLane = Convert.ToInt64(await batch.ScalarAsync("INSERT INTO MediaAuditLane (AfterId) VALUES (@AfterId) RETURNING Lane",
            AfterColumn, afterId), CultureInfo.InvariantCulture);
        return start;
    }

    private static async Task<Dictionary<long, long>> ReadLanesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT Lane, AfterId FROM MediaAuditLane");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lanes = new Dictionary<long, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lanes[reader.GetInt64(0)] = reader.GetInt64(1);
        }

        return lanes;
    }

    // Only the first append after the upgrade (no chain row yet) reads the rows written before it, once.
    private static async Task<string> SealLegacyRowsAsync(WriteBatch batch)
    {
        await using var reader = await batch.ReadAsync($"SELECT {RowColumns} FROM MediaAuditLog ORDER BY Id", []);
        var rows = new List<AuditRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(ReadRow(reader));
        }

        return AuditChain.Seal(rows);
    }

    private static AuditRow ReadRow(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        TextOrNull(reader, 5), TextOrNull(reader, 6));

    private static string? TextOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<IReadOnlyList<AuditEntry>> ReadEntriesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = ReadRow(reader);
            entries.Add(new AuditEntry(Sql.ReadInstant(reader, 1), row.Actor, row.Action, row.Subject, row.Before, row.After));
        }

        return entries;
    }
}
