using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>restart --accounts N [--data-dir PATH]</c>: what an upgrade costs. A data directory with N accounts (the sweep
/// scenario's, plus a province and a city supervisor) is seeded, or reused when <c>--data-dir</c> names one seeded
/// before; the silo on it is stopped as an upgrade stops it (SIGTERM, then waiting for the process to end) and started
/// again, and from outside: seconds from the process start to <c>/healthz</c> 200, seconds after that until the
/// province supervisor's list page 1 and the city supervisor's list have both answered with their right totals, the
/// seconds of the first sweep (sent next), and the peak RSS of the restarted silo. Baseline: the same SQLite file
/// opened by plain Microsoft.Data.Sqlite, <c>PRAGMA quick_check</c> and every index line read (what a start must at
/// least touch to know the store is whole and what it holds).
/// </summary>
public static class RestartScenario
{
    private const string Province = "bench-province";
    private const string City = "bench-city";
    private const string CityCode = "440100";
    private const string SeedMark = "bench-restart-accounts.txt";

    public static async Task<BenchResult> RunAsync(int n, string? dataDir)
    {
        var dir = dataDir ?? Directory.CreateTempSubdirectory("media-bench-restart-").FullName;
        Directory.CreateDirectory(dir);
        try
        {
            return await MeasureAsync(n, dir);
        }
        finally
        {
            if (dataDir is null)
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static async Task<BenchResult> MeasureAsync(int n, string dir)
    {
        var tokens = new Dictionary<string, string>();
        double? seedSeconds = null;
        var stop = Stopwatch.StartNew();
        await using (var seeded = await BenchSilo.StartAsync(dir))
        {
            seedSeconds = await SeedUnlessSeededAsync(seeded, n, dir);
            foreach (var user in new[] { "admin", Province, City })
            {
                tokens[user] = await seeded.TokenAsync(user, BenchSilo.Password);
            }

            stop.Restart();
            await seeded.StopGracefullyAsync(TimeSpan.FromMinutes(5));
        }

        var stopSeconds = stop.Elapsed.TotalSeconds;
        var baseline = Baseline(dir);
        var watch = Stopwatch.StartNew();
        await using var silo = BenchSilo.Launch(dir);
        await silo.WaitHealthyAsync(TimeSpan.FromMinutes(10));
        var healthy = watch.Elapsed.TotalSeconds;

        // The two first lists go out together, as two supervisors opening their pages after an upgrade would.
        await Task.WhenAll(
            ListAsync(silo, tokens[Province], "/api/accounts?page=1", n),
            ListAsync(silo, tokens[City], "/api/accounts", Enumerable.Range(0, n).Count(i => InCity(i))));
        var firstList = watch.Elapsed.TotalSeconds - healthy;

        var sweepWatch = Stopwatch.StartNew();
        var sweep = await SendAsync(silo, HttpMethod.Post, "/api/sweeps", tokens["admin"], new { });
        var firstSweep = sweepWatch.Elapsed.TotalSeconds;
        var peak = silo.PeakRssMb();
        await silo.StopGracefullyAsync(TimeSpan.FromMinutes(5));

        var figures = new JsonObject
        {
            ["healthySeconds"] = Math.Round(healthy, 2),
            ["firstListSeconds"] = Math.Round(firstList, 3),
            ["firstSweepSeconds"] = Math.Round(firstSweep, 2),
            ["stopSeconds"] = Math.Round(stopSeconds, 2),
        };
        return new BenchResult("restart", n, healthy + firstList + firstSweep, n / (healthy + firstList), peak, baseline,
            SeedSeconds: seedSeconds, Figures: figures,
            Note: $"first sweep: {sweep["checked"]} checked, {sweep["activated"]} activated, {sweep["newViolations"]} new violations"
                + (seedSeconds is null ? "; data directory seeded by an earlier run" : string.Empty));
    }

    // Seeds an empty directory (and marks it with N); a directory seeded before must hold the same N.
    private static async Task<double?> SeedUnlessSeededAsync(BenchSilo silo, int n, string dir)
    {
        var mark = Path.Combine(dir, SeedMark);
        if (File.Exists(mark))
        {
            var held = int.Parse(File.ReadAllText(mark).Trim(), CultureInfo.InvariantCulture);
            return held == n ? null : throw new InvalidOperationException($"{dir} holds {held:N0} accounts, not {n:N0}: give --accounts {held} or another directory");
        }

        var seconds = await SweepScenario.SeedSilentAsync(silo, n);
        await silo.PostAsync("/api/users", new { username = Province, password = BenchSilo.Password, role = "supervisor", regionCode = "440000", email = "province@example.cn", displayName = "省级监管" });
        await silo.PostAsync("/api/users", new { username = City, password = BenchSilo.Password, role = "supervisor", regionCode = CityCode, email = "city@example.cn", displayName = "市级监管" });
        await File.WriteAllTextAsync(mark, n.ToString(CultureInfo.InvariantCulture));
        return seconds;
    }

    private static bool InCity(int i) => Synthetic.Regions[i / Synthetic.AccountsPerUnit % Synthetic.Regions.Length].StartsWith("4401", StringComparison.Ordinal);

    // A list must never be wrong or partial after a restart: its total is checked against the seeded rows.
    private static async Task ListAsync(BenchSilo silo, string token, string path, int expected)
    {
        var page = await SendAsync(silo, HttpMethod.Get, path, token, null);
        var total = page["total"]!.GetValue<int>();
        if (total != expected || page["items"]!.AsArray().Count == 0)
        {
            throw new InvalidOperationException($"GET {path} after the restart: total {total}, expected {expected}");
        }
    }

    private static async Task<JsonObject> SendAsync(BenchSilo silo, HttpMethod method, string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await silo.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text)!.AsObject()
            : throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}");
    }

    private static Baseline Baseline(string dir)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, "media.db")};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA quick_check(5)";
        var verdict = check.ExecuteScalar() as string;
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT Region, AccountId, Payload FROM MediaIndexLine";
        var (lines, bytes) = (0, 0L);
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                lines++;
                bytes += ((byte[])reader.GetValue(2)).Length;
            }
        }

        return new Baseline(string.Create(CultureInfo.InvariantCulture,
            $"SQLite quick_check ({verdict}) + reading {lines:N0} index lines ({bytes / 1048576.0:F0} MB)"), watch.Elapsed.TotalSeconds);
    }
}
