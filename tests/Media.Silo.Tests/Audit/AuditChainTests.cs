using Media.Abstractions.Audit;
using Media.Storage;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Silo.Tests.Audit;

/// <summary>The audit log's hash chain on a real SQLite file: appended through the group writer, checked row by row.</summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly TempDirectory _dir = new("media-audit-chain");
    private StoreConnection _store = null!;
    private StoreWriter _writer = null!;
    private SqlAuditLog _log = null!;

    public async ValueTask InitializeAsync()
    {
        _store = StoreConnection.ForSqlite(_dir.Path);
        await new StoreSchema(_store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance).ApplyAsync();
        _writer = new StoreWriter(_store);
        _log = new SqlAuditLog(_store, _writer);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public async Task An_empty_log_verifies()
    {
        var report = await _log.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new AuditChainReport(true, 0, 0, null, null, null, 0), report);
    }

    [Fact]
    public async Task Rows_appended_together_through_the_group_writer_form_one_unbroken_chain()
    {
        // Hundreds at once: the writer commits them in a few shared transactions, the chain must still follow commit order.
        await Task.WhenAll(Enumerable.Range(1, 300).Select(i => _log.AppendAsync(Entry(i))));

        var report = await _log.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(report.Ok, report.ToString());
        Assert.Equal(300, report.Rows);
        Assert.Equal(300L, await ScalarAsync("SELECT COUNT(*) FROM MediaAuditChain"));
        Assert.Matches("^[0-9a-f]{64}$", report.Head);
    }

    [Fact]
    public async Task A_changed_payload_is_reported_at_its_row()
    {
        await AppendAsync(5);
        await ExecuteAsync("DROP TRIGGER MediaAuditLog_NoUpdate; UPDATE MediaAuditLog SET After = '{\"email\":\"x@example.cn\"}' WHERE Id = 3");

        var report = await _log.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(report.Ok);
        Assert.Equal(3L, report.FirstBrokenAt);
        Assert.Contains("被改动", report.Problem, StringComparison.Ordinal);
        Assert.Equal(5, report.Rows);
    }

    [Fact]
    public async Task A_row_inserted_bypassing_the_application_is_reported()
    {
        await AppendAsync(3);
        await ExecuteAsync("INSERT INTO MediaAuditLog (OccurredAt, Actor, Action, Subject) VALUES ('2026-11-27T01:00:00.0000000+00:00', 'admin', 'user.create', 'user:ghost')");
        await AppendAsync(2);

        var report = await _log.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(report.Ok);
        Assert.Equal(4L, report.FirstBrokenAt);
        Assert.Equal(6, report.Rows);
    }

    [Fact]
    public async Task A_deleted_row_is_reported_at_the_row_after_it()
    {
        await AppendAsync(4);
        await ExecuteAsync("DROP TRIGGER MediaAuditLog_NoDelete; DELETE FROM MediaAuditLog WHERE Id = 2");

        var report = await _log.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(report.Ok);
        Assert.Equal(3L, report.FirstBrokenAt);
        Assert.Contains("删除", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_from_before_the_chain_are_its_start_and_sealed_by_its_first_row()
    {
        // Rows an older Media wrote: no chain rows.
        for (var i = 1; i <= 3; i++)
        {
            await ExecuteAsync($"INSERT INTO MediaAuditLog (OccurredAt, Actor, Action, Subject, After) VALUES ('2026-01-0{i}T00:00:00.0000000+00:00', 'admin', 'account.open', 'weibo:old{i}', '{{}}')");
        }

        await AppendAsync(2);
        var intact = await _log.VerifyAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync("DROP TRIGGER MediaAuditLog_NoUpdate; UPDATE MediaAuditLog SET Actor = 'someone' WHERE Id = 2");
        var tampered = await _log.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(intact.Ok, intact.ToString());
        Assert.Equal((5L, 3L), (intact.Rows, intact.LegacyRows));
        Assert.False(tampered.Ok);
        Assert.Equal(4L, tampered.FirstBrokenAt); // the first chained row, whose link seals rows 1 to 3
    }

    [Fact]
    public async Task The_chain_table_refuses_updates_and_deletes()
    {
        await AppendAsync(1);

        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync("UPDATE MediaAuditChain SET Hash = 'x'"));
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync("DELETE FROM MediaAuditChain"));
    }

    private static AuditEntry Entry(int i) =>
        new(At.AddMinutes(i), "admin", "user.create", $"user:u{i}", null, $"{{\"username\":\"u{i}\",\"displayName\":\"用户{i}\"}}");

    private async Task AppendAsync(int count)
    {
        var start = (int)await ScalarAsync("SELECT COUNT(*) FROM MediaAuditLog");
        for (var i = 1; i <= count; i++)
        {
            await _log.AppendAsync(Entry(start + i), TestContext.Current.CancellationToken);
        }
    }

    // Straight at the file, as someone with the file but not the application would.
    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_dir.Path, "media.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _store.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
