using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>ingest --posts N</c>: N posts, twenty per account, through <c>POST /api/posts</c> on loopback in batches
/// of 1,000 (four requests in flight); a reply means persisted. The run ends by reading a random sample of
/// accounts back through the API. The measured push follows a warm-up push of a fifth as many posts (at most 40,000)
/// to other accounts (its rate is in the note). Baseline: the same rows inserted into SQLite in transactions of 1,000.
/// </summary>
public static class IngestScenario
{
    private const int PostsPerAccount = 20;
    private const int Batch = 1_000;

    public static async Task<BenchResult> RunAsync(int n, string profile = BenchSilos.Embedded, int silos = 1)
    {
        var accounts = Math.Max(1, n / PostsPerAccount);
        var warmUpPosts = Math.Max(PostsPerAccount, Math.Min(40_000, n / 5));
        var warmUpAccounts = warmUpPosts / PostsPerAccount;
        await using var silo = await BenchSilos.StartAsync(profile, silos);
        var seed = await Synthetic.SeedAsync(silo, accounts + warmUpAccounts, _ => Synthetic.Today.AddDays(-60));
        var now = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var warmUp = Posts(warmUpPosts, accounts, warmUpAccounts, "w", now);
        var items = Posts(n, 0, accounts, "p", now);

        // The same push to other accounts first, so the silo's code is compiled (tiered JIT) before the clock
        // starts; the measured accounts are still asleep and wake during the measured run, as they would.
        var warmUpSeconds = await PushAsync(silo, warmUp);
        var seconds = await PushAsync(silo, items);

        var random = new Random(42);
        for (var k = 0; k < Math.Min(50, accounts); k++)
        {
            var a = random.Next(accounts);
            var expected = Enumerable.Range(0, n).Count(i => i % accounts == a);
            var got = (await silo.GetAsync($"/api/accounts/{Synthetic.AccountId(a)}"))["activity"]!["posts7d"]!.GetValue<int>();
            if (got != expected)
            {
                throw new InvalidOperationException($"account {a}: {got} posts read back, {expected} acknowledged");
            }
        }

        var rows = items.Select(i => (i.AccountId, i.PostId, i.PublishedAt, i.Title));
        var baseline = silo.Postgres is { } postgres ? await PostgresBaselines.IngestAsync(postgres, rows, Batch) : Baseline(rows);
        return new BenchResult("ingest", n, seconds, n / seconds, silo.PeakRssMb(), baseline,
            SeedSeconds: seed, Figures: silo.Figures(), Note: string.Create(CultureInfo.InvariantCulture,
                $"{silo.Describe()}; {accounts} accounts; {Math.Min(50, accounts)} read back and complete; after a warm-up of {warmUpPosts:N0} posts to {warmUpAccounts:N0} other accounts, which ran at {warmUpPosts / warmUpSeconds:N0} posts/s on the freshly started silo"));
    }

    private sealed record Post(string AccountId, string PostId, string PublishedAt, string Title);

    // Twenty posts for each of `count` accounts from `first`, interleaved so that each batch of 1,000 reaches 1,000 accounts.
    private static List<Post> Posts(int n, int first, int count, string prefix, DateTimeOffset now) =>
        [.. Enumerable.Range(0, n).Select(i => new Post(
            Synthetic.AccountId(first + i % count),
            prefix + i.ToString(CultureInfo.InvariantCulture),
            (now - TimeSpan.FromMinutes(10 + i / count)).ToString("O", CultureInfo.InvariantCulture),
            "今日要闻" + i.ToString(CultureInfo.InvariantCulture)))];

    private static async Task<double> PushAsync(BenchSilos silo, List<Post> posts)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(posts.Chunk(Batch), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (chunk, _) =>
            await silo.PostAsync("/api/posts", new { items = chunk })); // camelCase names, as the API reads them
        return watch.Elapsed.TotalSeconds;
    }

    private static Baseline Baseline(IEnumerable<(string Account, string Post, string At, string Title)> rows)
    {
        var file = Path.Combine(Path.GetTempPath(), $"media-bench-ingest-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            connection.Open();
            SweepScenario.Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " +
                "CREATE TABLE post (account TEXT NOT NULL, post_id TEXT NOT NULL, published_at TEXT NOT NULL, title TEXT, PRIMARY KEY (account, post_id));");
            var watch = Stopwatch.StartNew();
            foreach (var chunk in rows.Chunk(Batch))
            {
                using var transaction = connection.BeginTransaction();
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT OR IGNORE INTO post VALUES ($a, $p, $t, $title)";
                var a = insert.Parameters.Add("$a", SqliteType.Text);
                var p = insert.Parameters.Add("$p", SqliteType.Text);
                var t = insert.Parameters.Add("$t", SqliteType.Text);
                var title = insert.Parameters.Add("$title", SqliteType.Text);
                foreach (var row in chunk)
                {
                    (a.Value, p.Value, t.Value, title.Value) = (row.Account, row.Post, row.At, row.Title);
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            return new Baseline("SQLite batched inserts (1,000 per transaction)", watch.Elapsed.TotalSeconds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
