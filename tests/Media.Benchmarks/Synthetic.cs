using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Media.Domain.Time;
using Media.Domain.Units;

namespace Media.Benchmarks;

/// <summary>
/// Deterministic synthetic data: units spread over Guangdong's county-level regions, ten accounts each,
/// filed through the bulk import API (the fastest supported path), 10,000 rows a request.
/// </summary>
public static class Synthetic
{
    public const int AccountsPerUnit = 10;
    private const int ImportChunk = 10_000;
    private static readonly int ImportsInFlight = int.Parse(Environment.GetEnvironmentVariable("BENCH_IMPORTS") ?? "2", CultureInfo.InvariantCulture);

    public static readonly string[] Regions = [.. JsonNode.Parse(File.ReadAllText(
            Path.Combine(RepositoryRoot.Path, "silo-config", "regions", "regions.json")))!["regions"]!.AsObject()
        .Select(r => r.Key)
        .Where(code => code.StartsWith("44", StringComparison.Ordinal) && !code.EndsWith("00", StringComparison.Ordinal))];

    public static string UnitCode(int i)
    {
        var region = Regions[i % Regions.Length];
        var body = (40_000_000 + i).ToString("D8", CultureInfo.InvariantCulture);
        var first17 = "11" + region + body + UnifiedSocialCreditCode.ComputeOrganizationCheck(body);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    public static string AccountId(int i) => $"weibo:bench{i:D7}";

    /// <summary>Files <paramref name="accounts"/> accounts; <paramref name="openedOn"/> gives each one's opening date.</summary>
    public static async Task<double> SeedAsync(IBenchApi silo, int accounts, Func<int, DateOnly> openedOn)
    {
        var watch = Stopwatch.StartNew();
        var units = (accounts + AccountsPerUnit - 1) / AccountsPerUnit;
        await RegisterUnitsAsync(silo, units);
        var unitsSeconds = watch.Elapsed.TotalSeconds;
        await Parallel.ForEachAsync(Enumerable.Range(0, accounts).Chunk(ImportChunk), new ParallelOptions { MaxDegreeOfParallelism = ImportsInFlight }, async (chunk, _) =>
        {
            var rows = chunk.Select(i => new Dictionary<string, object>
            {
                ["unitCode"] = UnitCode(i / AccountsPerUnit),
                ["platform"] = "weibo",
                ["handle"] = $"bench{i:D7}",
                ["name"] = "账号" + i.ToString(CultureInfo.InvariantCulture),
                ["openedOn"] = openedOn(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["interaction"] = true,
                ["responsible"] = new { name = "张三", phone = "13800138000", email = "zhang@example.cn" },
            });
            await silo.PostAsync("/api/imports/accounts", new { rows });
        });

        // Where seeding's time goes, on stderr beside the run (the JSON line stays as it is).
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeding: {units:N0} units in {unitsSeconds:F1} s, {accounts:N0} accounts imported in {watch.Elapsed.TotalSeconds - unitsSeconds:F1} s"));
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Registers units 0 … <paramref name="units"/> − 1 (<see cref="UnitCode"/>), county governments spread over the regions.</summary>
    public static async Task RegisterUnitsAsync(IBenchApi silo, int units) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, units), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (u, _) =>
            await silo.PostAsync("/api/units", new
            {
                code = UnitCode(u), name = "单位" + u.ToString(CultureInfo.InvariantCulture),
                regionCode = Regions[u % Regions.Length], level = "county", kind = "government",
            }));

    public static DateOnly Today => BeijingTime.Today(TimeProvider.System);
}
