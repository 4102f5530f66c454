using Media.Silo.Tests.Infrastructure;
using Media.Storage;
using Media.Storage.Performance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Silo.Tests.Storage;

/// <summary>
/// Orleans' SQLite query texts come from Media.Storage, not from the operator's scripts: they have the shape the
/// write interception recognises, and a script in <c>silo-config/sql/sqlite/</c> that changes them stops the start.
/// </summary>
public sealed class GrainStorageQueriesTests : IDisposable
{
    private readonly TempDirectory _dir = new("media-queries");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public async Task The_installed_read_is_not_gated_and_the_installed_writes_are()
    {
        var store = StoreConnection.ForSqlite(_dir.Path);
        await new StoreSchema(store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance).ApplyAsync();

        await using var connection = await store.OpenAsync();
        var texts = await GrainStorageQueries.ReadAsync(connection, null, TestContext.Current.CancellationToken);

        Assert.False(TunedSqliteDataSource.MayWrite(texts["ReadFromStorageKey"]), "a read queued behind the writer would wait for no reason");
        Assert.True(TunedSqliteDataSource.MayWrite(texts["WriteToStorageKey"]), "a write the gate misses meets SQLite's lock on its own");
        Assert.True(TunedSqliteDataSource.MayWrite(texts["ClearStorageKey"]));
    }

    [Fact]
    public async Task A_script_that_changes_an_orleans_query_stops_the_start_and_is_named()
    {
        var sqlRoot = Path.Combine(_dir.Path, "sql");
        var folder = Path.Combine(sqlRoot, "sqlite");
        Directory.CreateDirectory(folder);
        foreach (var script in Directory.GetFiles(RepositoryRoot.File("silo-config", "sql", "sqlite"), "*.sql"))
        {
            File.Copy(script, Path.Combine(folder, Path.GetFileName(script)));
        }

        var edited = Path.Combine(folder, "09-edited.sql");
        await File.WriteAllTextAsync(edited, """
            UPDATE OrleansQuery SET QueryText = 'BEGIN; ' || QueryText WHERE QueryKey = 'WriteToStorageKey';
            """, TestContext.Current.CancellationToken);
        var schema = new StoreSchema(StoreConnection.ForSqlite(_dir.Path), sqlRoot, NullLogger<StoreSchema>.Instance);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => schema.ApplyAsync(TestContext.Current.CancellationToken));

        Assert.Contains(edited, refused.Message, StringComparison.Ordinal);
        Assert.Contains("WriteToStorageKey", refused.Message, StringComparison.Ordinal);
    }
}
