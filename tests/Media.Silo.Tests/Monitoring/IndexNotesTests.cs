using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Grains.Index;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// Index lines gathered per region on the silo (<see cref="IndexNotes"/>), against the silo's own service and
/// region index grain: they arrive on their own, at once when asked, and never after a newer line sent directly.
/// </summary>
public sealed class IndexNotesTests : IAsyncLifetime
{
    private const string Region = "440104";
    private readonly SiloFactory _silo = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    private IndexNotes Notes => _silo.Services.GetRequiredService<IndexNotes>();

    private IRegionIndexGrain Index => _silo.Grains.GetGrain<IRegionIndexGrain>(Region);

    [Fact]
    public async Task A_noted_line_reaches_its_index_unasked_and_at_once_when_sent()
    {
        Notes.Note(Line("weibo:unasked", "第一版"));
        var waited = 0;
        while (await NameAsync("weibo:unasked") is null && waited++ < 100)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Notes.Note(Line("weibo:asked", "第一版"));
        await Notes.SendAsync();

        Assert.Equal("第一版", await NameAsync("weibo:unasked"));
        Assert.Equal("第一版", await NameAsync("weibo:asked"));
    }

    [Fact]
    public async Task A_line_sent_directly_is_not_overwritten_by_the_older_line_noted_before_it()
    {
        // Still waiting when the newer line goes directly.
        Notes.Note(Line("weibo:waiting", "旧"));
        await Notes.BeforeUpsertAsync(Line("weibo:waiting", "新"));
        await Index.UpsertAsync(Line("weibo:waiting", "新"));
        // Already on its way when the newer line goes directly.
        Notes.Note(Line("weibo:sending", "旧"));
        var sending = Notes.SendAsync();
        await Notes.BeforeUpsertAsync(Line("weibo:sending", "新"));
        await Index.UpsertAsync(Line("weibo:sending", "新"));
        await sending;
        await Notes.SendAsync();

        Assert.Equal("新", await NameAsync("weibo:waiting"));
        Assert.Equal("新", await NameAsync("weibo:sending"));
    }

    private async Task<string?> NameAsync(string accountId)
    {
        var page = await Index.QueryAsync(new IndexQuery(null, null, null, null, int.MaxValue));
        return page.Items.SingleOrDefault(e => e.AccountId == accountId)?.Name;
    }

    private static IndexEntry Line(string accountId, string name) =>
        new(accountId, "91440101MA5CXXXX1X", "weibo", name, AccountStatus.Active, new DateOnly(2026, 1, 5), 0, Region);
}
