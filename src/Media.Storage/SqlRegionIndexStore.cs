using System.Data.Common;
using Media.Abstractions.Index;
using Media.Abstractions.Storage;
using Media.Storage.Performance;
using Orleans.Serialization;

namespace Media.Storage;

/// <summary>The region indexes as the <c>MediaIndexLine</c> and <c>MediaIndexViolation</c> tables, payloads in Orleans' binary format.</summary>
internal sealed class SqlRegionIndexStore(StoreConnection store, StoreWriter writer, Serializer serializer) : IRegionIndexStore
{
    private static readonly string[] RowColumns = ["Region", "Id", "Payload"];
    private static readonly string[] KeyColumns = ["Region", "Id"];

    public async Task<(IReadOnlyList<IndexEntry> Entries, IReadOnlyList<ViolationEntry> Violations)> LoadAsync(string region)
    {
        await using var connection = await store.OpenAsync();
        var entries = await ReadAsync<IndexEntry>(connection, "SELECT Payload FROM MediaIndexLine WHERE Region = @Region", region);
        var violations = await ReadAsync<ViolationEntry>(connection, "SELECT Payload FROM MediaIndexViolation WHERE Region = @Region", region);
        return (entries, violations);
    }

    public async Task SaveAsync(string region, IReadOnlyCollection<IndexEntry> entries, IReadOnlyCollection<ViolationEntry> violations,
        IReadOnlyCollection<string> droppedViolations)
    {
        // The payloads are made before the batch; the write itself only binds and runs statements.
        var lines = entries.Select(e => (e.AccountId, serializer.SerializeToArray(e))).ToList();
        var violationRows = violations.Select(v => (v.Violation.Id, serializer.SerializeToArray(v))).ToList();
        await writer.WriteAsync(async batch =>
        {
            await UpsertAsync(batch, "MediaIndexLine", "AccountId", region, lines);
            await UpsertAsync(batch, "MediaIndexViolation", "ViolationId", region, violationRows);
            foreach (var id in droppedViolations)
            {
                await batch.ExecuteAsync("DELETE FROM MediaIndexViolation WHERE Region = @Region AND ViolationId = @Id", KeyColumns, region, id);
            }

            return true;
        });
    }

    // On PostgreSQL one statement for all the rows (a statement per row is a round trip per row in series); SQLite,
    // in-process, keeps a prepared statement per row. The rows are unique by id (they come from the grain's dirty sets).
    private async Task UpsertAsync(WriteBatch batch, string table, string key, string region, List<(string Id, byte[] Payload)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!store.IsSqlite)
        {
            await batch.ExecuteAsync($"""
                INSERT INTO {table} (Region, {key}, Payload)
                SELECT @Region, Id, Payload FROM unnest(@Id::text[], @Payload::bytea[]) AS r(Id, Payload)
                ON CONFLICT (Region, {key}) DO UPDATE SET Payload = excluded.Payload
                """, RowColumns, region, rows.Select(r => r.Id).ToArray(), rows.Select(r => r.Payload).ToArray());
            return;
        }

        foreach (var (id, payload) in rows)
        {
            await batch.ExecuteAsync($"""
                INSERT INTO {table} (Region, {key}, Payload) VALUES (@Region, @Id, @Payload)
                ON CONFLICT (Region, {key}) DO UPDATE SET Payload = excluded.Payload
                """, RowColumns, region, id, payload);
        }
    }

    private async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, string region)
    {
        await using var command = Sql.Command(connection, null, sql);
        Sql.Add(command, "Region", region);
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(serializer.Deserialize<T>((byte[])reader.GetValue(0))!);
        }

        return items;
    }
}
