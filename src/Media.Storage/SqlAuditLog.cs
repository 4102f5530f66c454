using System.Data.Common;
using System.Globalization;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Storage.Performance;

namespace Media.Storage;

/// <summary>The audit log as the <c>MediaAuditLog</c> table of the silo's store (insert-only).</summary>
internal sealed class SqlAuditLog(StoreConnection store, StoreWriter writer) : IAuditLog
{
    private static readonly string[] Columns = ["OccurredAt", "Actor", "Action", "Subject", "Before", "After"];

    // Every filing and review appends a row: rows that arrive together share one transaction.
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(batch => batch.ExecuteAsync("""
            INSERT INTO MediaAuditLog (OccurredAt, Actor, Action, Subject, Before, After)
            VALUES (@OccurredAt, @Actor, @Action, @Subject, @Before, @After)
            """, Columns, Sql.Instant(entry.OccurredAt), entry.Actor, entry.Action, entry.Subject, entry.Before, entry.After));

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, """
            SELECT OccurredAt, Actor, Action, Subject, Before, After FROM MediaAuditLog
            WHERE Subject = @Subject ORDER BY Id LIMIT @Take
            """);
        Sql.Add(command, "Subject", subject);
        Sql.Add(command, "Take", take);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null,
            "SELECT OccurredAt, Actor, Action, Subject, Before, After FROM MediaAuditLog ORDER BY Id DESC LIMIT @Take");
        Sql.Add(command, "Take", take);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadEntriesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                Sql.ReadInstant(reader, 0),
                reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }
}
