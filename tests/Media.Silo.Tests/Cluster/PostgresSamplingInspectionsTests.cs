using Media.Abstractions.Sampling;
using Media.Storage;
using Media.Storage.Performance;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Media.Silo.Tests.Cluster;

/// <summary>A sampling's inspection rows on PostgreSQL: one row per account, the later one replacing it and taking the last place.</summary>
public sealed class PostgresSamplingInspectionsTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Inspections_are_stored_in_order_and_a_later_one_replaces_its_accounts_row()
    {
        var store = await postgres.CreateStoreAsync();
        await using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        await using var writer = new StoreWriter(store);
        var rows = new SqlSamplingInspections(store, writer, services.GetRequiredService<Serializer>());

        await rows.SaveAsync("2026Q4-440106", [(0, Inspection("a", true)), (1, Inspection("b", true)), (2, Inspection("c", true))]);
        await rows.SaveAsync("2026Q4-440106", [(3, Inspection("a", false))]);
        await rows.SaveAsync("2026Q4-440100", [(0, Inspection("z", true))]);

        var loaded = await rows.LoadAsync("2026Q4-440106");
        Assert.Equal([(1L, "b", true), (2L, "c", true), (3L, "a", false)], loaded.Select(r => (r.Order, r.Inspection.AccountId, r.Inspection.Passed)));
        Assert.Equal("no-interaction", loaded[^1].Inspection.Findings.Single().Rule);
    }

    private static InspectionRecord Inspection(string account, bool passed) =>
        new(account, passed, passed ? [] : [new InspectionFinding("no-interaction", "留言未回复", true)], "admin", At);
}
