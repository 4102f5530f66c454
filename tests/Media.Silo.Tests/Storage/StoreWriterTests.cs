using Media.Storage;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Media.Silo.Tests.Storage;

/// <summary>The group-commit writer of Media's own tables, on a real SQLite file.</summary>
public sealed class StoreWriterTests : IAsyncLifetime
{
    private static readonly string[] Columns = ["Id", "Name"];
    private readonly TempDirectory _dir = new("media-writer");
    private StoreConnection _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = StoreConnection.ForSqlite(_dir.Path);
        await using var connection = await _store.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Item (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL);";
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Writes_that_arrive_together_commit_together_and_each_caller_gets_its_own_answer()
    {
        await using var writer = new StoreWriter(_store);
        var writes = Enumerable.Range(1, 500).Select(i => writer.WriteAsync(batch =>
            batch.ScalarAsync("INSERT INTO Item (Id, Name) VALUES (@Id, @Name) RETURNING Id * 10", Columns, i, $"item{i}"))).ToList();

        var answers = await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(1, 500).Select(i => (object)(long)(i * 10)), answers);
        Assert.Equal(500L, await CountAsync());
    }

    [Fact]
    public async Task A_failing_write_fails_only_its_caller_and_leaves_nothing_behind()
    {
        await using var writer = new StoreWriter(_store);
        var writes = Enumerable.Range(1, 200).Select(i => writer.WriteAsync(async batch =>
        {
            await batch.ExecuteAsync("INSERT INTO Item (Id, Name) VALUES (@Id, @Name)", Columns, i + 1000, "side row");
            // Write 77 inserts a row and then breaks the NOT NULL rule: its first row must not stay either.
            return await batch.ExecuteAsync("INSERT INTO Item (Id, Name) VALUES (@Id, @Name)", Columns, i, i == 77 ? null : $"item{i}");
        })).ToList();

        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                await w;
                return true;
            }
            catch (SqliteException)
            {
                return false;
            }
        }));

        Assert.Equal(199, outcomes.Count(ok => ok));
        Assert.False(outcomes[76]);
        Assert.Equal(398L, await CountAsync());
    }

    private async Task<long> CountAsync()
    {
        await using var connection = await _store.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Item";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
