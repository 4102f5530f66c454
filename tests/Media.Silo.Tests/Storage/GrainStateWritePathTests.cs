using Media.Abstractions;
using Media.Abstractions.Units;
using Media.Silo.Tests.Infrastructure;
using Media.Storage;
using Media.Storage.Performance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Tests.Storage;

/// <summary>
/// The contract the SQLite write path rests on: Orleans' own grain-state writes, made by a real silo through
/// Orleans' ADO.NET provider, go through the group writer of <see cref="TunedSqliteDataSource"/>. If the provider
/// ever opened its connections elsewhere, ran its write inside a transaction or with a reader the interception does
/// not take, these writes would meet SQLite's lock one by one again, and this test fails.
/// </summary>
[Collection(StorageContracts.Name)]
public sealed class GrainStateWritePathTests(RunningSilo running)
{
    private const int Units = 20;
    private readonly SiloFactory _silo = running.Silo;

    [Fact]
    public async Task Orleans_grain_state_writes_go_through_the_group_writer()
    {
        var store = _silo.Services.GetRequiredService<StoreConnection>();
        var source = Assert.IsType<TunedSqliteDataSource>(store.DataSource);
        var codes = Enumerable.Range(0, Units).Select(_ => TestCodes.Uscc()).ToList();
        var before = source.GroupedWrites;

        // Each creation is one WriteStateAsync of a unit grain: Orleans' provider runs WriteToStorageKey.
        foreach (var code in codes)
        {
            Assert.True(await _silo.Grains.Ref<IUnitGrain>(code).CreateAsync(
                new UnitRecord(code, "写入路径测试单位", "440100", "city", "organ", null, DateTimeOffset.UnixEpoch)));
        }

        // Other grains may write meanwhile; they take the same path, so they can only add to the count.
        Assert.True(source.GroupedWrites - before >= Units,
            $"{source.GroupedWrites - before} grouped writes for {Units} grain-state writes: Orleans' writes bypassed the group writer");
        Assert.Equal(Units, await StoredUnitRowsAsync(codes));
    }

    // The writes counted are the ones that reached the file: the units' rows exist, at version 1.
    private async Task<long> StoredUnitRowsAsync(List<string> codes)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _silo.DatabaseFile }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT COUNT(*) FROM OrleansStorage
            WHERE Version = 1 AND GrainIdExtensionString IN ({string.Join(", ", codes.Select((_, i) => $"@c{i}"))})
            """;
        for (var i = 0; i < codes.Count; i++)
        {
            command.Parameters.AddWithValue($"c{i}", codes[i]);
        }

        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
