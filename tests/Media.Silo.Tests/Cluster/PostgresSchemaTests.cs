using Media.Storage;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Media.Silo.Tests.Cluster;

/// <summary>Media's PostgreSQL scripts: idempotent, safe when several silos apply them at once.</summary>
public sealed class PostgresSchemaTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    [Fact]
    public async Task Applied_twice_the_scripts_leave_the_same_schema_and_keep_the_data()
    {
        postgres.RequireAvailable();
        var database = await postgres.CreateDatabaseAsync();
        await SchemaFor(database).ApplyAsync();
        await ExecuteAsync(database, "INSERT INTO MediaIndexLine (Region, AccountId, Payload) VALUES ('440104', 'weibo:kept', '\\x01')");
        var first = await FingerprintAsync(database);

        await SchemaFor(database).ApplyAsync();

        Assert.Equal(first, await FingerprintAsync(database));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM MediaIndexLine WHERE AccountId = 'weibo:kept'"));
    }

    [Fact]
    public async Task Three_silos_applying_the_scripts_at_once_leave_one_consistent_schema()
    {
        postgres.RequireAvailable();
        var sequential = await postgres.CreateDatabaseAsync();
        await SchemaFor(sequential).ApplyAsync();
        var together = await postgres.CreateDatabaseAsync();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => SchemaFor(together).ApplyAsync())));

        Assert.Equal(await FingerprintAsync(sequential), await FingerprintAsync(together));
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        postgres.RequireAvailable();
        var database = await postgres.CreateDatabaseAsync();
        await SchemaFor(database).ApplyAsync();
        await ExecuteAsync(database, "INSERT INTO MediaAuditLog (OccurredAt, Actor, Action, Subject) VALUES ('2026-11-27T00:00:00Z', 'a', 'b', 'c')");

        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, "UPDATE MediaAuditLog SET Actor = 'x'"));
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, "DELETE FROM MediaAuditLog"));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM MediaAuditLog WHERE Actor = 'a'"));
    }

    private static StoreSchema SchemaFor(string connectionString)
    {
        var store = StoreConnection.ForPostgres(connectionString);
        return new StoreSchema(store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance);
    }

    // Tables, columns, indexes, triggers and query texts: everything the scripts create.
    private static async Task<string> FingerprintAsync(string database)
    {
        var parts = new List<string>();
        foreach (var sql in new[]
                 {
                     "SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1",
                     "SELECT indexname || ':' || indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
                     "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1",
                     "SELECT QueryKey || '=' || md5(QueryText) FROM OrleansQuery ORDER BY 1",
                 })
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                parts.Add(reader.GetString(0));
            }
        }

        return string.Join('\n', parts);
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
