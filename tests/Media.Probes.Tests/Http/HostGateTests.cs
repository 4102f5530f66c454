using Media.Probes.Http;
using Microsoft.Extensions.Time.Testing;

namespace Media.Probes.Tests.Http;

public class HostGateTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_second_request_to_the_same_host_waits_for_the_interval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 6, 15, 2, 0, 0, TimeSpan.Zero));
        var gate = new HostGate(Interval, time);

        await gate.WaitTurnAsync("m.weibo.cn", CancellationToken.None);
        var second = gate.WaitTurnAsync("m.weibo.cn", CancellationToken.None);
        var third = gate.WaitTurnAsync("M.WEIBO.CN", CancellationToken.None);

        Assert.False(second.IsCompleted);
        time.Advance(Interval);
        await second;
        Assert.False(third.IsCompleted, "each request takes its own slot");
        time.Advance(Interval);
        await third;
    }

    [Fact]
    public async Task Other_hosts_are_not_delayed()
    {
        var time = new FakeTimeProvider();
        var gate = new HostGate(Interval, time);

        await gate.WaitTurnAsync("m.weibo.cn", CancellationToken.None);
        var other = gate.WaitTurnAsync("www.douyin.com", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task After_the_interval_a_host_is_served_at_once()
    {
        var time = new FakeTimeProvider();
        var gate = new HostGate(Interval, time);

        await gate.WaitTurnAsync("mp.weixin.qq.com", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(gate.WaitTurnAsync("mp.weixin.qq.com", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_fetcher_spaces_requests_to_one_host_by_the_clock_it_was_given()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("ok"));
        var time = new WaitWatchingClock(new DateTimeOffset(2024, 6, 15, 2, 0, 0, TimeSpan.Zero), Interval);
        var options = Fetchers.Options(allowPrivate: true) with { PerHostInterval = Interval, Timeout = TimeSpan.FromHours(1) };
        using var fetcher = new PageFetcher(options, time);

        Assert.True((await fetcher.FetchAsync(server.Url(), CancellationToken.None)).Succeeded);
        var second = fetcher.FetchAsync(server.Url(), CancellationToken.None);
        await time.WaitStarted.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted, "the second request must wait for the host's next slot");
        Assert.Equal(1, server.Connections);
        time.Advance(Interval);
        Assert.True((await second).Succeeded);
    }

    /// <summary>
    /// A fake clock that reports when someone starts waiting on it for at most <c>longest</c> (the per-host spacing;
    /// the fetch timeout is far longer), so a test knows a request is parked on the clock without sleeping.
    /// </summary>
    private sealed class WaitWatchingClock(DateTimeOffset start, TimeSpan longest) : FakeTimeProvider(start)
    {
        private readonly TaskCompletionSource _waitStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task WaitStarted => _waitStarted.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime > TimeSpan.Zero && dueTime <= longest)
            {
                _waitStarted.TrySetResult();
            }

            return timer;
        }
    }
}
