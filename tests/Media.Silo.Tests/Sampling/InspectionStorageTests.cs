using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using Media.Abstractions.Sampling;
using Media.Grains;
using Media.Grains.Sampling;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Media.Silo.Tests.Sampling;

/// <summary>
/// A sampling keeps its inspections as rows of their own beside the draw (real silo, SQLite): recording inspections in a
/// sample of 3,000 accounts writes one small row each and leaves the draw's state row as it was, and a sampling stored the
/// old way (its inspections inside the record) is read whole and moved to rows the first time it is touched.
/// </summary>
public sealed class InspectionStorageTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;
    private readonly Dictionary<string, string> _unitOf = [];

    [Fact]
    public async Task Inspections_in_a_sample_of_3000_write_one_small_row_each_and_never_the_draw()
    {
        const string County = "440106";
        using var admin = await _silo.AdminAsync();
        await SeedAsync(admin, County, 3_000);
        var created = await MediaClient.ReadJsonAsync(await admin.PostAsync("/api/samplings",
            new { quarter = "2026Q4", regionCode = County, ratio = 1, seed = "rows" }));
        var id = created["id"]!.GetValue<string>();
        var accounts = created["accounts"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(3_000, accounts.Count);
        var (drawBytes, drawVersion) = await StateRowAsync(id);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/samplings/{id}/inspections", Passed(accounts[0]))).StatusCode);
        var batch = await admin.PostAsync($"/api/samplings/{id}/inspections/batch",
            new { items = accounts.Skip(1).Take(499).Select(Passed).Append(Failed(accounts[0])) });
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        var outsider = await admin.PostAsync($"/api/samplings/{id}/inspections/batch",
            new { items = new[] { Passed(accounts[600]), Passed("weibo:not-in-sample") } });
        Assert.NotEqual(HttpStatusCode.OK, outsider.StatusCode);

        // The draw (hundreds of kilobytes) was written once; each inspection is a row of a few hundred bytes whatever the sample's size.
        Assert.Equal((drawBytes, drawVersion), await StateRowAsync(id));
        Assert.True(drawBytes > 100_000, $"draw {drawBytes} bytes");
        var rows = await InspectionRowsAsync(id);
        Assert.Equal(500, rows.Count);
        Assert.True(rows.Max() < 1_000, $"largest inspection row {rows.Max()} bytes");

        var sampling = await admin.GetJsonAsync($"/api/samplings/{id}");
        Assert.Equal(500, sampling["inspected"]!.GetValue<int>());
        var record = await _silo.Grains.GetGrain<ISamplingGrain>(id).GetAsync();
        Assert.False(record!.InspectionOf(accounts[0])!.Passed);
        Assert.Equal(accounts[0], record.Inspections[^1].AccountId);
        Assert.Equal(accounts[500], record.NextToInspect!.AccountId);
    }

    [Fact]
    public async Task A_sampling_stored_with_its_inspections_inside_is_moved_to_rows_when_first_touched()
    {
        const string County = "440111";
        using var admin = await _silo.AdminAsync();
        var accounts = await SeedAsync(admin, County, 20);
        var key = SamplingRecord.IdFor("2026Q3", County);
        var sampled = accounts.Select(a => new SampledAccount(a, "weibo", County, County, "测试发布", _unitOf[a])).ToImmutableArray();
        var at = SharedSilo.Now.AddDays(-60);
        ImmutableArray<InspectionRecord> inspections =
        [
            new(accounts[0], false, [new InspectionFinding("no-interaction", "留言未回复", true)], "admin", at),
            new(accounts[1], true, [], "admin", at.AddMinutes(1), GoodExample: true),
            new(accounts[2], true, [], "admin", at.AddMinutes(2)),
        ];
        var old = new SamplingRecord(key, "2026Q3", County, 1m, "old", false, 20, 20, [new StratumRecord("weibo", 20, 20)], sampled, [],
            "admin", at, inspections);
        var storage = _silo.Services.GetRequiredKeyedService<IGrainStorage>(StateNames.Store);
        var grainId = _silo.Grains.GetGrain<ISamplingGrain>(key).GetGrainId();
        await storage.WriteStateAsync(StateNames.Sampling, grainId, new GrainState<SamplingState> { State = new SamplingState { Sampling = old } });
        var (oldBytes, oldVersion) = await StateRowAsync(key);

        var read = await admin.GetJsonAsync($"/api/samplings/{key}");
        Assert.Equal(3, read["inspected"]!.GetValue<int>());
        Assert.Equal(3, (await InspectionRowsAsync(key)).Count);
        var (newBytes, newVersion) = await StateRowAsync(key);
        Assert.True(newBytes < oldBytes && newVersion > oldVersion, $"state {oldBytes}→{newBytes} bytes, version {oldVersion}→{newVersion}");
        var stored = new GrainState<SamplingState>();
        await storage.ReadStateAsync(StateNames.Sampling, grainId, stored);
        Assert.Empty(stored.State!.Sampling!.Inspections);
        // Compared as JSON: records holding arrays are equal only when they hold the same array instances.
        Assert.Equal(JsonSerializer.Serialize(inspections), JsonSerializer.Serialize((await _silo.Grains.GetGrain<ISamplingGrain>(key).GetAsync())!.Inspections));

        // Touched again after the move: the later inspection of an account wins, and next quarter re-checks the failure.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/samplings/{key}/inspections", Passed(accounts[3]))).StatusCode);
        var report = await admin.GetJsonAsync($"/api/samplings/{key}/report?format=json");
        Assert.Equal(4, report["checked"]!.GetValue<int>());
        Assert.Equal(1, report["failed"]!.GetValue<int>());
        var q4 = await MediaClient.ReadJsonAsync(await admin.PostAsync("/api/samplings", new { quarter = "2026Q4", regionCode = County, ratio = 1 }));
        Assert.Equal([accounts[0]], q4["recheck"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    private static object Passed(string accountId) => new { accountId, passed = true, findings = Array.Empty<object>() };

    private static object Failed(string accountId) => new
    {
        accountId, passed = false, findings = new[] { new { rule = "no-interaction", note = "留言未回复", confirmed = true } },
    };

    // Accounts of the county opened in June, filed through the import a thousand rows a request, 100 per unit.
    private async Task<List<string>> SeedAsync(MediaClient admin, string county, int count)
    {
        var ids = new List<string>();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(1_000))
        {
            var rows = new List<Dictionary<string, object?>>();
            foreach (var unitRows in chunk.Chunk(100))
            {
                var unit = await admin.CreateUnitAsync(county);
                rows.AddRange(unitRows.Select(_ => MediaClient.OpeningBody(unit, openedOn: "2026-06-01")));
            }

            var response = await admin.PostAsync("/api/imports/accounts", new { rows });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (var row in rows)
            {
                ids.Add($"weibo:{row["handle"]}");
                _unitOf[ids[^1]] = (string)row["unitCode"]!;
            }
        }

        return ids;
    }

    private async Task<(long Bytes, long Version)> StateRowAsync(string key)
    {
        var row = await QueryAsync("SELECT length(PayloadBinary), Version FROM OrleansStorage WHERE GrainTypeString = 'sampling' AND GrainIdExtensionString = @Key",
            key, r => (r.GetInt64(0), r.GetInt64(1)));
        return Assert.Single(row);
    }

    private Task<List<long>> InspectionRowsAsync(string samplingId) =>
        QueryAsync("SELECT length(Payload) FROM MediaSamplingInspection WHERE SamplingId = @Key", samplingId, r => r.GetInt64(0));

    private async Task<List<T>> QueryAsync<T>(string sql, string key, Func<SqliteDataReader, T> read)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _silo.DatabaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@Key", key);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
