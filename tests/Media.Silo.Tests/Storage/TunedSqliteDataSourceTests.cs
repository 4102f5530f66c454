using System.Data.Common;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Media.Silo.Tests.Storage;

/// <summary>
/// The silo's SQLite connections take write turns in process: a writer that must wait does so without holding
/// a thread or sleeping in SQLite's busy handler, reads never wait, and a turn ends with its connection; and no more
/// than <see cref="TunedSqliteDataSource.MaxOpen"/> connections are open at once.
/// </summary>
public sealed class TunedSqliteDataSourceTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new("media-gate");
    private TunedSqliteDataSource _source = null!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_dir.Path, "gate.db"), Pooling = true, DefaultTimeout = 2,
        }.ToString();
        // SQLite's own lock wait is 2 s: without the gate a blocked write would sit in it on the caller's thread.
        _source = new TunedSqliteDataSource(connectionString, 2_000);
        await ExecuteAsync("PRAGMA journal_mode=WAL; CREATE TABLE Item (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL);");
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public async Task A_write_waiting_for_the_turn_returns_at_once_and_runs_when_the_holder_commits()
    {
        await using var holder = await _source.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var transaction = await holder.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await Insert(holder, transaction, 1, "held");

        // Microsoft.Data.Sqlite runs statements synchronously: had the call met SQLite's lock it would have
        // blocked this thread until the lock timed out, and the holder below could never have committed.
        var waiting = ExecuteAsync("INSERT INTO Item (Id, Name) VALUES (2, 'waited')");
        Assert.False(waiting.IsCompleted);

        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        await holder.CloseAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(["held", "waited"], await NamesAsync());
    }

    [Fact]
    public async Task Reads_do_not_wait_for_a_writer()
    {
        await ExecuteAsync("INSERT INTO Item (Id, Name) VALUES (1, 'before')");
        await using var holder = await _source.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var transaction = await holder.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await Insert(holder, transaction, 2, "uncommitted");

        var read = NamesAsync();

        Assert.True(read.IsCompleted);
        Assert.Equal(["before"], await read);
    }

    [Fact]
    public async Task A_failed_write_ends_its_turn_with_its_connection()
    {
        await using (var failing = await _source.OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await using var command = failing.CreateCommand();
            command.CommandText = "INSERT INTO Item (Id, Name) VALUES (1, NULL)";
            await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        await using (var rolledBack = await _source.OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await using var transaction = await rolledBack.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await Insert(rolledBack, transaction, 2, "never");
        }

        var next = ExecuteAsync("INSERT INTO Item (Id, Name) VALUES (3, 'next')");

        Assert.True(next.IsCompleted);
        await next;
        Assert.Equal(["next"], await NamesAsync());
    }

    [Fact]
    public async Task Many_concurrent_writers_all_land()
    {
        var writers = Enumerable.Range(1, 400).Select(i => Task.Run(() =>
            ExecuteAsync($"INSERT INTO Item (Id, Name) VALUES ({i}, 'w{i}')"), TestContext.Current.CancellationToken));

        await Task.WhenAll(writers);

        Assert.Equal(400, (await NamesAsync()).Count);
    }

    [Fact]
    public async Task Connections_beyond_the_open_limit_wait_for_a_slot_and_a_failed_open_gives_its_slot_back()
    {
        var open = new List<DbConnection>();
        for (var i = 0; i < TunedSqliteDataSource.MaxOpen; i++)
        {
            open.Add(await _source.OpenConnectionAsync(TestContext.Current.CancellationToken));
        }

        // SQLite opens synchronously and a free slot is taken synchronously, so an open that has not completed
        // on return is one parked on the limit; it would stay parked until the 2 s lock timeout.
        var waiting = _source.OpenConnectionAsync(TestContext.Current.CancellationToken).AsTask();
        Assert.False(waiting.IsCompleted, "the open beyond the limit must wait for a slot");

        await open[0].DisposeAsync();
        await using (await waiting.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken))
        {
        }

        foreach (var connection in open.Skip(1))
        {
            await connection.DisposeAsync();
        }

        // Opening a file in a missing folder fails; its slot must come back each time.
        await using var broken = new TunedSqliteDataSource(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_dir.Path, "missing", "x.db"), Mode = SqliteOpenMode.ReadWrite,
        }.ToString(), 2_000);
        for (var i = 0; i < TunedSqliteDataSource.MaxOpen + 5; i++)
        {
            await Assert.ThrowsAsync<SqliteException>(async () => await broken.OpenConnectionAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Writes_that_read_what_they_return_share_transactions_and_each_caller_gets_its_own_rows()
    {
        // As Orleans' ADO.NET provider writes grain state: a connection per write, an upsert read for its RETURNING row.
        var writes = Enumerable.Range(1, 300).Select(i => Task.Run(async () =>
        {
            await using var connection = await _source.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO Item (Id, Name) VALUES (@Id, @Name) RETURNING Id * 10 AS Tenfold";
            AddParameter(command, "Id", i);
            AddParameter(command, "Name", i == 150 ? null : $"r{i}");
            try
            {
                await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                // Answered by the group writer after its commit, not by a statement of this connection.
                Assert.IsType<RowsReader>(reader);
                Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
                return (Id: i, Tenfold: (int?)reader.GetInt32(reader.GetOrdinal("Tenfold")), Failed: false);
            }
            catch (SqliteException)
            {
                return (Id: i, Tenfold: null, Failed: true);
            }
        }, TestContext.Current.CancellationToken)).ToList();

        var results = await Task.WhenAll(writes);

        // The NOT NULL breach fails its own write only; every other caller read its own row, and it is committed.
        Assert.Equal([150], results.Where(r => r.Failed).Select(r => r.Id));
        Assert.All(results.Where(r => !r.Failed), r => Assert.Equal(r.Id * 10, r.Tenfold));
        Assert.Equal(299, (await NamesAsync()).Count);
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static async Task Insert(DbConnection connection, DbTransaction transaction, int id, string name)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO Item (Id, Name) VALUES ({id}, '{name}')";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private async Task ExecuteAsync(string text)
    {
        await using var connection = await _source.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private async Task<List<string>> NamesAsync()
    {
        await using var connection = await _source.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Item ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var names = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
