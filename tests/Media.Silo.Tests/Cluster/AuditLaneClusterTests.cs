using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Npgsql;

namespace Media.Silo.Tests.Cluster;

/// <summary>
/// The audit chain on a cluster: each silo appends to a lane of its own, and <c>GET /api/audit/verify</c> walks every
/// lane, so a changed or removed row of any silo's lane is still found.
/// </summary>
public sealed class AuditLaneClusterTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    [Fact]
    public async Task Filings_through_three_silos_verify_and_tampering_with_any_lane_is_found()
    {
        postgres.RequireAvailable();
        await using var cluster = await ClusterSilos.StartAsync(postgres, 3);
        var clients = await cluster.SignInAllAsync();

        var unit = await clients[0].CreateUnitAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, 90), new ParallelOptions { MaxDegreeOfParallelism = 9 }, async (i, _) =>
            await clients[i % clients.Count].FileAccountAsync(unit, "weibo", $"lane{i:D2}"));

        var intact = await VerifyAsync(clients[1]);
        var lanes = await LanesAsync(cluster.ConnectionString);

        Assert.True(intact["ok"]!.GetValue<bool>(), intact.ToJsonString());
        Assert.True(lanes.Count >= 3, $"{lanes.Count} lanes");
        Assert.Equal(lanes.Count, intact["lanes"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f]{64}$", intact["head"]!.GetValue<string>());

        // Each lane's middle row changed, found at that row; put back, the chain holds again.
        foreach (var rows in lanes.Values)
        {
            var middle = rows[rows.Count / 2];
            await ExecuteAsync(cluster.ConnectionString, $"UPDATE MediaAuditLog SET Actor = Actor || '-forged' WHERE Id = {middle}");
            var tampered = await VerifyAsync(clients[2]);
            await ExecuteAsync(cluster.ConnectionString, $"UPDATE MediaAuditLog SET Actor = left(Actor, -7) WHERE Id = {middle}");

            Assert.False(tampered["ok"]!.GetValue<bool>());
            Assert.Equal(middle, tampered["firstBrokenAt"]!.GetValue<long>());
            Assert.Contains("被改动", tampered["problem"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True((await VerifyAsync(clients[0]))["ok"]!.GetValue<bool>());
        }

        // A lane's middle row removed: the lane's next row no longer links to what precedes it.
        var lane = lanes.Values.OrderByDescending(rows => rows.Count).First();
        await ExecuteAsync(cluster.ConnectionString, $"DELETE FROM MediaAuditLog WHERE Id = {lane[lane.Count / 2]}");
        var removed = await VerifyAsync(clients[0]);

        Assert.False(removed["ok"]!.GetValue<bool>());
        Assert.Equal(lane[lane.Count / 2 + 1], removed["firstBrokenAt"]!.GetValue<long>());
        Assert.Contains("删除", removed["problem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(intact["head"]!.GetValue<string>(), removed["head"]?.GetValue<string>());
    }

    private static async Task<JsonObject> VerifyAsync(MediaClient client) =>
        (await client.Http.GetFromJsonAsync<JsonObject>("/api/audit/verify", TestContext.Current.CancellationToken))!;

    // Each lane's audit row ids in order, read straight from the database.
    private static async Task<Dictionary<long, List<long>>> LanesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT Lane, AuditId FROM MediaAuditChain ORDER BY AuditId", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var lanes = new Dictionary<long, List<long>>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var rows = lanes.TryGetValue(reader.GetInt64(0), out var list) ? list : lanes[reader.GetInt64(0)] = [];
            rows.Add(reader.GetInt64(1));
        }

        return lanes;
    }

    // Someone with the database but not the application: the append-only trigger set aside for the statement.
    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"ALTER TABLE MediaAuditLog DISABLE TRIGGER MediaAuditLog_AppendOnly; {sql}; ALTER TABLE MediaAuditLog ENABLE TRIGGER MediaAuditLog_AppendOnly", connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
