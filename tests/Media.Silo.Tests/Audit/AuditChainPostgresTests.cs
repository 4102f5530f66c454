using Media.Abstractions.Audit;
using Media.Storage;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Media.Silo.Tests.Audit;

/// <summary>The audit log's hash chain on PostgreSQL, where several silos append at once, each to its own lane.</summary>
public sealed class AuditChainPostgresTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    [Fact]
    public async Task Two_silos_appending_at_once_leave_two_unbroken_lanes_and_tampering_shows()
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
        Assert.Equal(2, intact.Lanes);
        Assert.False(tampered.Ok);
        Assert.Equal(200L, tampered.FirstBrokenAt);
    }

    [Fact]
    public async Task A_store_chained_before_lanes_keeps_verifying_and_new_lanes_follow_its_head()
    {
        postgres.RequireAvailable();
        var database = await postgres.CreateDatabaseAsync();
        var store = StoreConnection.ForPostgres(database);
        using var older = new TempDirectory("media-sql-before-lanes");
        CopyScriptsBeforeLanes(older.Path);
        await new StoreSchema(store, older.Path, NullLogger<StoreSchema>.Instance).ApplyAsync();

        // What the Media before lanes left: one legacy row, then a single chain from its seal.
        var at = new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
        var prev = AuditChain.Genesis;
        for (var id = 1L; id <= 4; id++)
        {
            var row = new AuditRow(id, Sql.Instant(at.AddMinutes(id)), "admin", "user.create", $"user:old{id}", null, "{}");
            await ExecuteAsync(database, $"INSERT INTO MediaAuditLog (OccurredAt, Actor, Action, Subject, After) VALUES ('{row.OccurredAt}', 'admin', 'user.create', '{row.Subject}', '{{}}')");
            var hash = AuditChain.Hash(row, prev);
            if (id > 1)
            {
                await ExecuteAsync(database, $"INSERT INTO MediaAuditChain (AuditId, PrevHash, Hash) VALUES ({id}, '{prev}', '{hash}')");
            }

            prev = hash;
        }

        await new StoreSchema(store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance).ApplyAsync();
        await using var writer = new StoreWriter(StoreConnection.ForPostgres(database));
        var log = new SqlAuditLog(store, writer);
        var upgraded = await log.VerifyAsync(TestContext.Current.CancellationToken);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => log.AppendAsync(new AuditEntry(at.AddHours(1).AddSeconds(i), "admin", "account.open", $"weibo:new{i}", null, "{}"))));
        var appended = await log.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new AuditChainReport(true, 4, 1, null, null, prev, 1), upgraded);
        Assert.True(appended.Ok, appended.ToString());
        Assert.Equal((24L, 2), (appended.Rows, appended.Lanes));
        Assert.Equal(4L, await ScalarAsync(database, "SELECT AfterId FROM MediaAuditLane"));
    }

    private static void CopyScriptsBeforeLanes(string target)
    {
        var source = RepositoryRoot.File("silo-config", "sql", "postgresql");
        Directory.CreateDirectory(Path.Combine(target, "postgresql"));
        foreach (var script in Directory.GetFiles(source, "*.sql").Where(f => string.CompareOrdinal(Path.GetFileName(f), "10-audit-lanes.sql") < 0))
        {
            File.Copy(script, Path.Combine(target, "postgresql", Path.GetFileName(script)));
        }
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
