using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Grains.Index;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// The wait of a noted index line runs on the injected clock: the line goes once that clock has passed the delay,
/// and the clock was the one asked for the wait (a wait on the wall clock would send the line too, but never ask it).
/// </summary>
[Collection(StorageContracts.Name)]
public sealed class IndexNotesClockTests(RunningSilo running)
{
    private const string Region = "440105";
    private readonly SiloFactory _silo = running.Silo;

    [Fact]
    public async Task A_noted_line_goes_when_the_injected_clock_passes_the_delay()
    {
        var clock = new CountingClock(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var notes = new IndexNotes(_silo.Grains, NullLogger<IndexNotes>.Instance, clock);
        var line = new IndexEntry("weibo:clocked", "91440101MA5CXXXX1X", "weibo", "按时钟", AccountStatus.Active, new DateOnly(2026, 1, 5), 0, Region);

        notes.Note(line);

        var index = _silo.Grains.GetGrain<IRegionIndexGrain>(Region);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(10));
        IndexEntry? arrived = null;
        while (arrived is null && !patience.IsCancellationRequested)
        {
            // The wait starts on a thread-pool thread, perhaps after this line: the clock moves until the line is sent.
            clock.Advance(IndexNotes.Delay);
            var page = await index.QueryAsync(new IndexQuery(null, null, null, null, int.MaxValue));
            arrived = page.Items.SingleOrDefault(e => e.AccountId == line.AccountId);
            await Task.Yield();
        }

        Assert.Equal("按时钟", arrived?.Name);
        Assert.True(clock.Timers > 0, "the delay did not run on the injected clock");
    }

    /// <summary>A fake clock that counts the timers it was asked for (Task.Delay on a TimeProvider creates one).</summary>
    private sealed class CountingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _timers;

        public int Timers => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
