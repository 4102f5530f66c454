using Media.Abstractions.Audit;
using Media.Storage;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Media.Silo.Tests.Audit;

/// <summary>The audit log's hash chain on PostgreSQL, where several silos append at once.</summary>
public sealed class AuditChainPostgresTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    [Fact]
    public async Task Two_silos_appending_at_once_leave_one_unbroken_chain_and_tampering_shows()
    {
        postgres.RequireAvailable();
        var database = await postgres.CreateDatabaseAsync();
        var store = StoreConnection.ForPostgres(database);
        await new StoreSchema(store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance).ApplyAsync();

        // Each silo has its own data source and group writer; only the database is shared.
        await using var first = new StoreWriter(StoreConnection.ForPostgres(database));
        await using var second = new StoreWriter(StoreConnection.ForPostgres(database));
        var logs = new[] { new SqlAuditLog(store, first), new SqlAuditLog(StoreConnection.ForPostgres(database), second) };
        var at = new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
        await Task.WhenAll(Enumerable.Range(0, 400).Select(i =>
            logs[i % 2].AppendAsync(new AuditEntry(at.AddSeconds(i), $"silo{i % 2}", "sampling.inspect", $"2026Q4-440100/{i}", null, "{}"))));

        var intact = await logs[0].VerifyAsync(TestContext.Current.CancellationToken);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand(
                "ALTER TABLE MediaAuditLog DISABLE TRIGGER MediaAuditLog_AppendOnly; UPDATE MediaAuditLog SET Actor = 'forged' WHERE Id = 200", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var tampered = await logs[1].VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(intact.Ok, intact.ToString());
        Assert.Equal(400, intact.Rows);
        Assert.False(tampered.Ok);
        Assert.Equal(200L, tampered.FirstBrokenAt);
    }
}
