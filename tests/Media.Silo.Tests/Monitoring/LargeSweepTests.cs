using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Media.Domain.Units;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// A sweep over 100,000 filed accounts (1% silent) wakes only the accounts whose state changes. The
/// accounts are filed through the supported bulk path, <c>POST /api/imports/accounts</c>. The quiet 99% were
/// opened ten days ago (not due yet); the silent 1% opened long ago and last posted twenty days ago, so only
/// they receive posts: ingesting a post for every account would double the test's time and is the ingest
/// benchmark's business, not the sweep's.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class LargeSweepTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly int Accounts = int.Parse(Environment.GetEnvironmentVariable("LARGE_N") ?? "100000", CultureInfo.InvariantCulture);
    private const int PerUnit = 10;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    // Every county-level region of the catalog (123 in Guangdong), as a real province spreads its accounts.
    private static readonly string[] Regions = [.. JsonNode.Parse(File.ReadAllText(
            Path.Combine(RepositoryRoot.Path, "silo-config", "regions", "regions.json")))!["regions"]!.AsObject()
        .Select(r => r.Key)
        .Where(code => code.StartsWith("44", StringComparison.Ordinal) && !code.EndsWith("00", StringComparison.Ordinal))];

    private readonly SiloFactory _silo = new() { Clock = new FakeTimeProvider(Now) };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    [Fact]
    public async Task A_sweep_over_100000_accounts_wakes_only_the_silent_one_percent()
    {
        using var admin = await _silo.AdminAsync();
        var seed = Stopwatch.StartNew();
        var units = Enumerable.Range(0, Accounts / PerUnit).Select(Code).ToList();
        await Parallel.ForEachAsync(units, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (unit, _) =>
        {
            var response = await admin.PostAsync("/api/units", new
            {
                code = unit.Code, name = "单位" + unit.Code[^6..], regionCode = unit.Region, level = "county", kind = "government",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });

        var unitsDone = seed.Elapsed;
        var rows = units.SelectMany((unit, u) => Enumerable.Range(0, PerUnit).Select(a => Row(unit.Code, u * PerUnit + a))).ToList();
        var silent = rows.Where((_, i) => IsSilent(i)).Select(r => $"weibo:{r["handle"]}").ToList();
        foreach (var chunk in rows.Chunk(10_000))
        {
            var response = await admin.PostAsync("/api/imports/accounts", new { rows = chunk });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var seeded = seed.Elapsed;
        foreach (var chunk in silent.Chunk(5_000))
        {
            var items = chunk.Select(id => new { accountId = id, postId = "p1", publishedAt = (Now - TimeSpan.FromDays(20)).ToString("O") });
            var response = await admin.PostAsync("/api/posts", new { items });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var ingested = seed.Elapsed - seeded;
        var sweepWatch = Stopwatch.StartNew();
        var sweep = await SweepAsync(admin);
        var sweepSeconds = sweepWatch.Elapsed.TotalSeconds;
        var again = await SweepAsync(admin);

        var summary = $"seeded {Accounts} accounts ({units.Count} units, {Regions.Length} regions) in {seeded.TotalSeconds:F1} s " +
            $"(units {unitsDone.TotalSeconds:F1} s), posts in {ingested.TotalSeconds:F1} s; " +
            $"sweep in {sweepSeconds:F2} s: {sweep.ToJsonString()}; again: {again.ToJsonString()}";
        output.WriteLine(summary);

        // Kept as an artifact too: the figures go into the issue note and the README.
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestResults", "large-sweep.txt"), summary + Environment.NewLine);
        Assert.Equal(Accounts, sweep["checked"]!.GetValue<int>());
        Assert.Equal(Accounts / 100, sweep["activated"]!.GetValue<int>());
        Assert.Equal(Accounts / 100, sweep["newViolations"]!.GetValue<int>());
        Assert.Equal(0, again["activated"]!.GetValue<int>());
    }

    private static async Task<JsonObject> SweepAsync(MediaClient admin)
    {
        var response = await admin.PostAsync("/api/sweeps", new { at = Now.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await MediaClient.ReadJsonAsync(response);
    }

    private static (string Code, string Region) Code(int i)
    {
        var region = Regions[i % Regions.Length];
        var body = (30_000_000 + i).ToString("D8", CultureInfo.InvariantCulture);
        var first17 = "11" + region + body + UnifiedSocialCreditCode.ComputeOrganizationCheck(body);
        return (first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17), region);
    }

    private static bool IsSilent(int i) => i % 100 == 0;

    private static Dictionary<string, object> Row(string unit, int i) => new()
    {
        ["unitCode"] = unit,
        ["platform"] = "weibo",
        ["handle"] = $"large{i:D6}",
        ["name"] = $"账号{i}",
        ["openedOn"] = IsSilent(i) ? "2026-10-01" : "2026-11-16",
        ["interaction"] = true,
        ["responsible"] = new { name = "张三", phone = "13800138000", email = "zhang@example.cn" },
    };
}
