using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>sweep --accounts N</c>: N accounts filed, 1% opened 30 days ago with one post the next day and silent since, the rest opened 5 days
/// ago (too young to judge); then the detection pass alone (a dry-run sweep) and the whole sweep, which wakes
/// the silent 1%, persists their violations and queues their alerts. Baseline: the indexed SQL query that
/// finds the same accounts in a SQLite table of the same N rows.
/// </summary>
public static class SweepScenario
{
    public static async Task<BenchResult> RunAsync(int n, string profile = BenchSilos.Embedded, int silos = 1)
    {
        await using var silo = await BenchSilos.StartAsync(profile, silos);
        var today = Synthetic.Today;
        var seed = await SeedSilentAsync(silo, n);
        var preview = await silo.PostAsync("/api/sweeps", new { dryRun = true });
        var detect = preview["durationMs"]!.GetValue<long>() / 1000.0;
        var watch = Stopwatch.StartNew();
        var sweep = await silo.PostAsync("/api/sweeps", new { });
        var seconds = watch.Elapsed.TotalSeconds;
        var expected = Enumerable.Range(0, n).Count(Silent);
        var activated = sweep["activated"]!.GetValue<int>();
        if (activated != expected || sweep["newViolations"]!.GetValue<int>() != expected)
        {
            throw new InvalidOperationException($"the sweep woke {activated} accounts, expected {expected}: {sweep.ToJsonString()}");
        }

        var baseline = silo.Postgres is { } postgres ? await PostgresBaselines.SweepAsync(postgres, n, Silent, today) : Baseline(n, today);
        return new BenchResult("sweep", n, seconds, n / seconds, silo.PeakRssMb(), baseline, detect, SeedSeconds: seed,
            Note: $"{silo.Describe()}; {activated} activated, {preview["candidates"]} candidates found by the dry run", Figures: silo.Figures());
    }

    /// <summary>
    /// Files N accounts, 1% of them silent: opened 30 days ago with one post 29 days ago (silence is judged only of accounts
    /// Media has observed, SPEC §3.3; the post wakes them before the sweep, as their real posts would have). Seconds taken.
    /// </summary>
    public static async Task<double> SeedSilentAsync(IBenchApi silo, int n)
    {
        var today = Synthetic.Today;
        var seed = await Synthetic.SeedAsync(silo, n, i => Silent(i) ? today.AddDays(-30) : today.AddDays(-5));
        var posted = TimeProvider.System.GetUtcNow().AddDays(-29).ToString("O");
        foreach (var chunk in Enumerable.Range(0, n).Where(Silent).Chunk(500))
        {
            var items = chunk.Select(i => new { accountId = Synthetic.AccountId(i), postId = "p1", publishedAt = posted });
            await silo.PostAsync("/api/posts", new { items });
        }

        return seed;
    }

    internal static bool Silent(int i) => i % 100 == 0;

    private static Baseline Baseline(int n, DateOnly today)
    {
        var file = Path.Combine(Path.GetTempPath(), $"media-bench-sweep-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE account (id TEXT PRIMARY KEY, status INTEGER NOT NULL, " +
                "opened_on TEXT NOT NULL, last_post_at TEXT NULL); CREATE INDEX ix_silence ON account (status, last_post_at, opened_on);");
            using (var transaction = connection.BeginTransaction())
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO account VALUES ($id, 0, $opened, NULL)";
                var id = insert.Parameters.Add("$id", SqliteType.Text);
                var opened = insert.Parameters.Add("$opened", SqliteType.Text);
                for (var i = 0; i < n; i++)
                {
                    id.Value = Synthetic.AccountId(i);
                    opened.Value = (Silent(i) ? today.AddDays(-30) : today.AddDays(-5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            using var query = connection.CreateCommand();
            query.CommandText = "SELECT id FROM account WHERE status = 0 AND COALESCE(last_post_at, opened_on) <= $line AND opened_on <= $line";
            query.Parameters.AddWithValue("$line", today.AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var watch = Stopwatch.StartNew();
            var found = 0;
            using (var reader = query.ExecuteReader())
            {
                while (reader.Read())
                {
                    found++;
                }
            }

            return new Baseline($"SQLite indexed query ({found} rows found)", watch.Elapsed.TotalSeconds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
