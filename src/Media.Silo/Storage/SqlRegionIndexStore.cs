using System.Data.Common;
using Media.Abstractions.Index;
using Media.Grains.Index;
using Orleans.Serialization;

namespace Media.Silo.Storage;

/// <summary>The region indexes as the <c>MediaIndexLine</c> and <c>MediaIndexViolation</c> tables, payloads in Orleans' binary format.</summary>
internal sealed class SqlRegionIndexStore(StoreConnection store, Serializer serializer) : IRegionIndexStore
{
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
        await using var connection = await store.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var entry in entries)
        {
            await UpsertAsync(connection, transaction, "MediaIndexLine", "AccountId", region, entry.AccountId, serializer.SerializeToArray(entry));
        }

        foreach (var violation in violations)
        {
            await UpsertAsync(connection, transaction, "MediaIndexViolation", "ViolationId", region, violation.Violation.Id,
                serializer.SerializeToArray(violation));
        }

        foreach (var id in droppedViolations)
        {
            await using var delete = Sql.Command(connection, transaction, "DELETE FROM MediaIndexViolation WHERE Region = @Region AND ViolationId = @Id");
            Sql.Add(delete, "Region", region);
            Sql.Add(delete, "Id", id);
            await delete.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task UpsertAsync(DbConnection connection, DbTransaction transaction, string table, string key, string region,
        string id, byte[] payload)
    {
        await using var command = Sql.Command(connection, transaction, $"""
            INSERT INTO {table} (Region, {key}, Payload) VALUES (@Region, @Id, @Payload)
            ON CONFLICT (Region, {key}) DO UPDATE SET Payload = excluded.Payload
            """);
        Sql.Add(command, "Region", region);
        Sql.Add(command, "Id", id);
        Sql.Add(command, "Payload", payload);
        await command.ExecuteNonQueryAsync();
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
