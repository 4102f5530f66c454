using Media.Abstractions.Alerts;
using Media.Storage;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Cluster;

/// <summary>The webhook outbox on PostgreSQL: stored once per alert and target, due until taken, back-off kept.</summary>
public sealed class PostgresHookOutboxTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_delivery_routed_twice_is_stored_once_waits_out_its_failure_and_is_never_due_once_sent()
    {
        var connection = await postgres.CreateStoreAsync();
        var store = new SqlAlertStore(connection, new FakeTimeProvider(Now));
        var hook = new HookDelivery(HookDelivery.KeyFor("a1", "wecom:440100:x"), "a1", "wecom:440100:x", """{"msgtype":"markdown"}""");

        await store.RouteAsync("a1", "440100", [], [hook], TestContext.Current.CancellationToken);
        await store.RouteAsync("a1", "440100", [], [hook], TestContext.Current.CancellationToken);
        var due = Assert.Single(await store.HooksDueAsync(Now, 10, TestContext.Current.CancellationToken));
        await store.MarkHookFailedAsync(due.Key, Now.AddSeconds(30), "HTTP 500", TestContext.Current.CancellationToken);

        Assert.Empty(await store.HooksDueAsync(Now.AddSeconds(29), 10, TestContext.Current.CancellationToken));
        var again = Assert.Single(await store.HooksDueAsync(Now.AddSeconds(30), 10, TestContext.Current.CancellationToken));
        Assert.Equal(1, again.Attempts);
        await store.MarkHookSentAsync(again.Key, Now.AddSeconds(31), TestContext.Current.CancellationToken);
        Assert.Empty(await store.HooksDueAsync(Now.AddDays(1), 10, TestContext.Current.CancellationToken));
        var counts = await store.HookCountsAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, 0, 1), (counts.Pending, counts.Failing, counts.Sent));
    }
}
