using Media.Abstractions.Monitoring;
using Media.Storage;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Media.Silo.Tests.Cluster;

/// <summary>
/// The post log on PostgreSQL, where the pushes that meet in one writer transaction are logged by one statement:
/// duplicates skipped, each push answered with its own highest new sequence number, a bad push failing alone.
/// </summary>
public sealed class PostgresPostLogTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Duplicates_in_a_push_and_across_pushes_are_logged_once_and_a_push_answers_its_highest_new_sequence()
    {
        await using var log = await OpenAsync();

        var first = await log.Posts.AppendAsync("a1", [Post("p1"), Post("p2"), Post("p1")], TestContext.Current.CancellationToken);
        var second = await log.Posts.AppendAsync("a1", [Post("p2"), Post("p3")], TestContext.Current.CancellationToken);
        var known = await log.Posts.AppendAsync("a1", [Post("p3"), Post("p1")], TestContext.Current.CancellationToken);
        var other = await log.Posts.AppendAsync("a2", [Post("p1")], TestContext.Current.CancellationToken);

        var logged = await log.Posts.ReadAfterAsync("a1", 0, TestContext.Current.CancellationToken);
        Assert.Equal(["p1", "p2", "p3"], logged.Select(p => p.Post.PostId));
        Assert.Equal(logged[1].Sequence, first);
        Assert.Equal(logged[2].Sequence, second);
        Assert.Null(known);
        Assert.Equal((await log.Posts.ReadAfterAsync("a2", 0, TestContext.Current.CancellationToken)).Single().Sequence, other);
    }

    [Fact]
    public async Task Pushes_that_meet_in_one_transaction_each_get_the_highest_sequence_of_their_own_new_posts()
    {
        await using var log = await OpenAsync();
        await log.Posts.AppendAsync("a0", [Post("old")], TestContext.Current.CancellationToken);

        // Thirty pushes queued behind a held transaction, so that they are written together; a0 is pushed three
        // times (its first post already logged, then a post twice in the batch: the earlier push keeps it).
        var pushes = Enumerable.Range(0, 30).Select(i => i switch
        {
            0 => ("a0", new[] { Post("old"), Post("x") }),
            10 => ("a0", [Post("x"), Post("y")]),
            20 => ("a0", [Post("old")]),
            _ => ($"a{i}", [Post("p1"), Post("p2", title: $"t{i}"), Post("p1")]),
        }).ToList();
        var answers = await log.HeldAsync(() => pushes.Select(p => log.Posts.AppendAsync(p.Item1, p.Item2)).ToList());

        var a0 = await log.Posts.ReadAfterAsync("a0", 0, TestContext.Current.CancellationToken);
        Assert.Equal(["old", "x", "y"], a0.Select(p => p.Post.PostId));
        Assert.Equal(a0[1].Sequence, answers[0]);
        Assert.Equal(a0[2].Sequence, answers[10]);
        Assert.Null(answers[20]);
        for (var i = 1; i < 30; i++)
        {
            if (i is 10 or 20)
            {
                continue;
            }

            var own = await log.Posts.ReadAfterAsync($"a{i}", 0, TestContext.Current.CancellationToken);
            Assert.Equal(["p1", "p2"], own.Select(p => p.Post.PostId));
            Assert.Equal($"t{i}", own[1].Post.Title);
            Assert.Equal(own[1].Sequence, answers[i]);
        }
    }

    [Fact]
    public async Task A_push_PostgreSQL_refuses_fails_alone_and_the_others_of_its_transaction_are_logged()
    {
        await using var log = await OpenAsync();

        // PostgreSQL's text cannot hold U+0000: that push's statement fails, and with it the batch's one statement.
        var writes = await log.HeldAsync(() => Enumerable.Range(0, 20).Select(i => Outcome(log.Posts.AppendAsync($"a{i}",
            [Post("p1"), Post("p2", title: i == 7 ? "bad\0title" : "good")]))).ToList());

        Assert.IsType<PostgresException>(writes[7].Error);
        Assert.Empty(await log.Posts.ReadAfterAsync("a7", 0, TestContext.Current.CancellationToken));
        foreach (var i in Enumerable.Range(0, 20).Where(i => i != 7))
        {
            var own = await log.Posts.ReadAfterAsync($"a{i}", 0, TestContext.Current.CancellationToken);
            Assert.Null(writes[i].Error);
            Assert.Equal(own[^1].Sequence, writes[i].Seq);
            Assert.Equal(2, own.Count);
        }
    }

    private static IncomingPost Post(string id, string? title = null) =>
        new(id, At, title ?? "政务公开", null, null, false, 1, null, 2, null);

    private static async Task<(long? Seq, Exception? Error)> Outcome(Task<long?> append)
    {
        try
        {
            return (await append, null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private async Task<Log> OpenAsync()
    {
        postgres.RequireAvailable();
        var store = StoreConnection.ForPostgres(await postgres.CreateDatabaseAsync());
        await new StoreSchema(store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance).ApplyAsync();
        var writer = new StoreWriter(store);
        return new Log(writer, new SqlPostLog(store, writer));
    }

    private sealed record Log(StoreWriter Writer, SqlPostLog Posts) : IAsyncDisposable
    {
        /// <summary>Starts the writes while the writer holds a transaction open, so that they all meet in the next one.</summary>
        public async Task<T[]> HeldAsync<T>(Func<List<Task<T>>> start)
        {
            var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var held = Writer.WriteAsync(async _ =>
            {
                running.SetResult();
                await release.Task;
                return 0;
            });
            await running.Task;
            var writes = start();
            release.SetResult();
            await held;
            return await Task.WhenAll(writes);
        }

        public ValueTask DisposeAsync() => Writer.DisposeAsync();
    }
}
