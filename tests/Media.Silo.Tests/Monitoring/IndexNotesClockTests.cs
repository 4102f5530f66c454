using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Grains.Index;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>The wait of a noted index line runs on the injected clock, so moving that clock sends the line.</summary>
[Collection(StorageContracts.Name)]
public sealed class IndexNotesClockTests(RunningSilo running)
{
    private const string Region = "440105";
    private readonly SiloFactory _silo = running.Silo;

    [Fact]
    public async Task A_noted_line_goes_when_the_injected_clock_passes_the_delay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
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
    }
}
