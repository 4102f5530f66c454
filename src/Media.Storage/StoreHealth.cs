using System.Globalization;

namespace Media.Storage;

/// <summary>
/// What <c>/healthz</c> asks of the store: a query, and a write of this silo's row in <c>MediaHealth</c> (a full disk or
/// a read-only store still answers reads, so only a write shows it).
/// </summary>
public sealed class StoreHealth(StoreConnection store)
{
    /// <summary>The number of Orleans query rows, after this silo's health row was written; throws what the store threw.</summary>
    public async Task<int> CheckAsync(string silo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var read = Sql.Command(connection, null, "SELECT COUNT(*) FROM OrleansQuery");
        var queries = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await using var write = Sql.Command(connection, null, """
            INSERT INTO MediaHealth (Silo, CheckedAt) VALUES (@Silo, @At)
            ON CONFLICT (Silo) DO UPDATE SET CheckedAt = excluded.CheckedAt
            """);
        Sql.Add(write, "Silo", silo);
        Sql.Add(write, "At", at.ToUniversalTime());
        await write.ExecuteNonQueryAsync(cancellationToken);
        return queries;
    }
}
