using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>filing --accounts N</c>: <c>POST /api/accounts</c> after an unmeasured warm-up (a quarter as many filings, at most 5,000), the first half at saturation (32 requests in flight),
/// the second half at a fixed rate of 500 filings/s (open loop: each request leaves at its scheduled time,
/// latency measured per request). Baseline: the same number of single-row durable inserts into SQLite,
/// one transaction each, the least a durable filing can cost.
/// </summary>
public static class FilingScenario
{
    private const double Rate = 500;
    private const int Saturation = 32;

    public static async Task<BenchResult> RunAsync(int n, string profile = BenchSilos.Embedded, int silos = 1)
    {
        await using var silo = await BenchSilos.StartAsync(profile, silos);
        var units = Math.Max(1, n / Synthetic.AccountsPerUnit);
        var seed = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, units), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (u, _) =>
            await silo.PostAsync("/api/units", new
            {
                code = Synthetic.UnitCode(u), name = "单位" + u.ToString(CultureInfo.InvariantCulture),
                regionCode = Synthetic.Regions[u % Synthetic.Regions.Length], level = "county", kind = "government",
            }));
        var seedSeconds = seed.Elapsed.TotalSeconds;

        // A quarter as many filings again (at most 5,000) warm the silos first; they are not measured. The budget is a
        // sustained rate: on a freshly started silo the filing path still runs unoptimised (tier-0 code, the JIT busy),
        // and three silos each compile it with a third of the traffic: their rate climbed for the first ~8,000 filings.
        // The warm-up's own rate is in the note.
        var warm = Math.Min(5_000, n / 4);
        var warmWatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(n, warm), new ParallelOptions { MaxDegreeOfParallelism = Saturation },
            async (i, _) => await FileAsync(silo, i, units));
        var warmRate = warm / Math.Max(warmWatch.Elapsed.TotalSeconds, 1e-9);

        var saturated = n / 2;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, saturated), new ParallelOptions { MaxDegreeOfParallelism = Saturation },
            async (i, _) => await FileAsync(silo, i, units));
        var seconds = watch.Elapsed.TotalSeconds;

        var paced = n - saturated;
        var latencies = new double[paced];
        var start = Stopwatch.StartNew();
        var tasks = new List<Task>(paced);
        for (var i = 0; i < paced; i++)
        {
            var due = TimeSpan.FromSeconds(i / Rate);
            if (due > start.Elapsed)
            {
                await Task.Delay(due - start.Elapsed);
            }

            var index = i;
            tasks.Add(Task.Run(async () => latencies[index] = await FileAsync(silo, saturated + index, units)));
        }

        await Task.WhenAll(tasks);
        Array.Sort(latencies);

        var baseline = silo.Postgres is { } postgres ? await PostgresBaselines.FilingAsync(postgres, saturated) : Baseline(saturated);
        return new BenchResult("filing", n, seconds, saturated / seconds, silo.PeakRssMb(), baseline,
            P50Ms: Percentile(latencies, 0.50), P99Ms: Percentile(latencies, 0.99), SeedSeconds: seedSeconds,
            Note: $"{silo.Describe()}; latency at {Rate}/s over {paced} filings; throughput at saturation ({Saturation} in flight) over {saturated}; " +
                $"after a warm-up of {warm:N0} filings, which ran at {warmRate:N0}/s on the freshly started silo{(silo.Count == 1 ? "" : "s")}",
            Figures: silo.Figures());
    }

    private static async Task<double> FileAsync(BenchSilos silos, int i, int units)
    {
        var watch = Stopwatch.StartNew();
        using var response = await silos.Next().Http.PostAsJsonAsync("/api/accounts", new
        {
            unitCode = Synthetic.UnitCode(i % units), platform = "weibo", handle = $"file{i:D7}", name = "账号" + i.ToString(CultureInfo.InvariantCulture),
            openedOn = Synthetic.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), interaction = true,
            responsible = new { name = "张三", phone = "13800138000", email = "zhang@example.cn" },
        });
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"filing {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static Baseline Baseline(int n)
    {
        var file = Path.Combine(Path.GetTempPath(), $"media-bench-filing-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            connection.Open();
            SweepScenario.Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " +
                "CREATE TABLE filing (id TEXT PRIMARY KEY, unit TEXT NOT NULL, body TEXT NOT NULL);");
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                using var transaction = connection.BeginTransaction();
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO filing VALUES ($id, $unit, $body)";
                insert.Parameters.AddWithValue("$id", $"weibo:file{i:D7}");
                insert.Parameters.AddWithValue("$unit", Synthetic.UnitCode(i));
                insert.Parameters.AddWithValue("$body", new string('x', 600));
                insert.ExecuteNonQuery();
                transaction.Commit();
            }

            return new Baseline("SQLite single-row durable inserts", watch.Elapsed.TotalSeconds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
