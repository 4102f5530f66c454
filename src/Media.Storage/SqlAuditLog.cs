using System.Data.Common;
using System.Globalization;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Storage.Performance;

namespace Media.Storage;

/// <summary>
/// The audit log as the <c>MediaAuditLog</c> table of the silo's store (insert-only), each row chained by hash in
/// <c>MediaAuditChain</c> (<see cref="AuditChain"/>).
/// </summary>
internal sealed class SqlAuditLog(StoreConnection store, StoreWriter writer) : IAuditLog
{
    /// <summary>Media's advisory lock number for the chain's head on PostgreSQL (not the schema's).</summary>
    private const long ChainLockKey = 0x4D41756469L;

    private static readonly string[] Columns = ["OccurredAt", "Actor", "Action", "Subject", "Before", "After"];
    private static readonly string[] ChainColumns = ["AuditId", "PrevHash", "Hash"];

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
        await using var command = Sql.Command(connection, null, """
            SELECT a.Id, a.OccurredAt, a.Actor, a.Action, a.Subject, a.Before, a.After, c.PrevHash, c.Hash
            FROM MediaAuditLog a LEFT JOIN MediaAuditChain c ON c.AuditId = a.Id ORDER BY a.Id
            """);
        var check = new AuditChainCheck();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            check.Add(ReadRow(reader), TextOrNull(reader, 7), TextOrNull(reader, 8));
        }

        return check.Report();
    }

    /// <summary>Appends a row and its chain link inside <paramref name="batch"/>'s transaction (also for finished filing intents).</summary>
    internal async Task<bool> AppendChainedAsync(WriteBatch batch, AuditEntry entry)
    {
        // The transaction's first append takes and reads the head; the later ones continue from the link before them.
        var prev = batch.ChainHead ?? await ReadHeadAsync(batch);
        var occurredAt = Sql.Instant(entry.OccurredAt);
        var id = Convert.ToInt64(await batch.ScalarAsync("""
            INSERT INTO MediaAuditLog (OccurredAt, Actor, Action, Subject, Before, After)
            VALUES (@OccurredAt, @Actor, @Action, @Subject, @Before, @After) RETURNING Id
            """, Columns, occurredAt, entry.Actor, entry.Action, entry.Subject, entry.Before, entry.After), CultureInfo.InvariantCulture);
        var row = new AuditRow(id, occurredAt, entry.Actor, entry.Action, entry.Subject, entry.Before, entry.After);
        var hash = AuditChain.Hash(row, prev);
        await batch.ExecuteAsync("INSERT INTO MediaAuditChain (AuditId, PrevHash, Hash) VALUES (@AuditId, @PrevHash, @Hash)",
            ChainColumns, id, prev, hash);
        batch.ChainHead = hash;
        return true;
    }

    private async Task<string> ReadHeadAsync(WriteBatch batch)
    {
        if (!store.IsSqlite)
        {
            // Several silos append at once: each takes the head in turn, and holds it until its transaction ends, so
            // ids and links follow one order. On SQLite this process's one writer already appends one batch at a time.
            await batch.ExecuteAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", []);
        }

        return await batch.ScalarAsync("SELECT Hash FROM MediaAuditChain ORDER BY AuditId DESC LIMIT 1", []) as string
            ?? await SealLegacyRowsAsync(batch);
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
