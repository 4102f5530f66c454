using System.Data.Common;
using Media.Storage;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Silo.Tests.Storage;

/// <summary>Media's own SQLite scripts: idempotent, and the storage queries keep Orleans' contract.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempDirectory _dir = new("media-schema");
    private readonly StoreConnection _store;
    private readonly StoreSchema _schema;

    public SqliteSchemaTests()
    {
        _store = StoreConnection.ForSqlite(_dir.Path);
        _schema = new StoreSchema(_store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public async Task Applying_the_scripts_twice_keeps_data_and_query_rows()
    {
        await _schema.ApplyAsync();
        Assert.Equal(1, await WriteAsync("a", null, [1, 2, 3]));
        Assert.Equal(2, await WriteAsync("a", 1, [4, 5]));
        await AuditAsync("first");
        var queriesBefore = await QueryRowsAsync();

        await _schema.ApplyAsync();

        Assert.Equal(queriesBefore, await QueryRowsAsync());
        Assert.Equal(("0405", 2), await ReadAsync("a"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM MediaAuditLog"));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_first_write_over_an_existing_row_returns_no_version_and_adds_no_row()
    {
        await _schema.ApplyAsync();
        Assert.Equal(1, await WriteAsync("b", null, [1]));

        Assert.Null(await WriteAsync("b", null, [9]));

        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM OrleansStorage"));
        Assert.Equal(("01", 1), await ReadAsync("b"));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_a_matching_one_bumps_it()
    {
        await _schema.ApplyAsync();
        await WriteAsync("c", null, [1]);
        await WriteAsync("c", 1, [2]);

        Assert.Null(await WriteAsync("c", 1, [3]));
        Assert.Equal(3, await WriteAsync("c", 2, [4]));
        Assert.Equal(("04", 3), await ReadAsync("c"));
    }

    [Fact]
    public async Task A_versioned_write_for_a_missing_row_creates_nothing()
    {
        await _schema.ApplyAsync();

        Assert.Null(await WriteAsync("ghost", 5, [1]));

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM OrleansStorage"));
    }

    [Fact]
    public async Task Clearing_drops_the_payload_and_bumps_the_version()
    {
        await _schema.ApplyAsync();
        await WriteAsync("d", null, [1]);

        await using var connection = await _store.OpenAsync();
        await using var clear = Command(connection, await QueryTextAsync(connection, "ClearStorageKey"), "d", 1, null);
        Assert.Equal(2L, Convert.ToInt64(await clear.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(((string?)null, 2), await ReadAsync("d"));
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        await _schema.ApplyAsync();
        await AuditAsync("kept");

        await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync("UPDATE MediaAuditLog SET Actor = 'x'"));
        await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync("DELETE FROM MediaAuditLog"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM MediaAuditLog"));
    }

    private async Task<int?> WriteAsync(string key, int? version, byte[] payload)
    {
        await using var connection = await _store.OpenAsync();
        await using var command = Command(connection, await QueryTextAsync(connection, "WriteToStorageKey"), key, version, payload);
        var result = await command.ExecuteScalarAsync();
        return result is null ? null : Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(string? Payload, int Version)> ReadAsync(string key)
    {
        await using var connection = await _store.OpenAsync();
        await using var command = Command(connection, await QueryTextAsync(connection, "ReadFromStorageKey"), key, null, null);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var payload = reader.IsDBNull(0) ? null : Convert.ToHexString((byte[])reader[0]);
        var version = reader.GetInt32(1);
        Assert.False(await reader.ReadAsync(), "a read must yield at most one row");
        return (payload, version);
    }

    private async Task AuditAsync(string actor)
    {
        await using var writer = new StoreWriter(_store);
        await new SqlAuditLog(_store, writer).AppendAsync(new(DateTimeOffset.UnixEpoch, actor, "test", "subject", null, "{}"));
    }

    private async Task<string> QueryRowsAsync()
    {
        await using var connection = await _store.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(QueryKey || '=' || QueryText, '|') FROM (SELECT * FROM OrleansQuery ORDER BY QueryKey)";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await _store.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> QueryTextAsync(DbConnection connection, string key)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryText FROM OrleansQuery WHERE QueryKey = @k";
        command.Parameters.Add(new SqliteParameter("k", key));
        return (string)(await command.ExecuteScalarAsync())!;
    }

    // The parameters Orleans' ADO.NET provider binds (ORLEANS-ADONET.md), for a string-keyed grain.
    private static DbCommand Command(DbConnection connection, string sql, string key, int? version, byte[]? payload)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameters = new Dictionary<string, object?>
        {
            ["GrainIdHash"] = key.GetHashCode(StringComparison.Ordinal),
            ["GrainIdN0"] = 0L,
            ["GrainIdN1"] = 0L,
            ["GrainTypeHash"] = 7,
            ["GrainTypeString"] = "account",
            ["GrainIdExtensionString"] = key,
            ["ServiceId"] = "media",
            ["GrainStateVersion"] = version,
            ["PayloadBinary"] = payload,
        };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
