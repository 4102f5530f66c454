using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Media.SurveySheets;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>import --rows N</c>: an N-row survey sheet (.xlsx, the template's columns, ten accounts per registered unit) imported
/// as an operator does it, with the <c>media</c> command as a child process: <c>media import accounts FILE --dry-run</c>,
/// then the same without <c>--dry-run</c>. Each is timed from the command's start to its exit (reading the file, sending the
/// rows, the server's background run polled until it ends, the report), as rows/s. The command's progress lines on stderr
/// are counted, since the budget asks for progress shown. Baseline: MiniExcel reading the same file and the same rows
/// inserted into an indexed SQLite table, 1,000 rows a transaction.
/// </summary>
public static class ImportScenario
{
    public static async Task<BenchResult> RunAsync(int rows)
    {
        var folder = Directory.CreateTempSubdirectory("media-bench-import-").FullName;
        try
        {
            var file = Path.Combine(folder, "摸底表.xlsx");
            var today = Synthetic.Today;
            await WriteSheetAsync(file, rows, today);
            await using var silo = await BenchSilo.StartAsync();
            var seed = Stopwatch.StartNew();
            await Synthetic.RegisterUnitsAsync(silo, (rows + Synthetic.AccountsPerUnit - 1) / Synthetic.AccountsPerUnit);
            var seedSeconds = seed.Elapsed.TotalSeconds;

            var dryRun = await RunCliAsync(silo, file, "--dry-run");
            var commit = await RunCliAsync(silo, file);
            var filed = (await silo.GetAsync("/api/accounts?pageSize=1"))["total"]?.GetValue<int>();
            if (filed != rows)
            {
                throw new InvalidOperationException($"expected {rows} accounts filed, the list counts {filed}");
            }

            return new BenchResult("import", rows, commit.Seconds, rows / commit.Seconds, silo.PeakRssMb(), await BaselineAsync(file),
                SeedSeconds: seedSeconds,
                Note: $"{rows:N0}-row .xlsx through `media import accounts` (dry run, then commit); progress lines shown: "
                    + $"dry run {dryRun.ProgressLines}, commit {commit.ProgressLines}",
                Figures: new JsonObject
                {
                    ["dryRunSeconds"] = Math.Round(dryRun.Seconds, 3),
                    ["dryRunPerSecond"] = Math.Round(rows / dryRun.Seconds, 1),
                    ["commitSeconds"] = Math.Round(commit.Seconds, 3),
                    ["progressLines"] = dryRun.ProgressLines + commit.ProgressLines,
                });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sheet an operator fills from the template: header of the Chinese titles, one account a row.</summary>
    public static async Task WriteSheetAsync(string file, int rows, DateOnly today)
    {
        var titles = SheetColumns.All.ToDictionary(c => c.Id, c => c.Title);
        var opened = today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sheet = Enumerable.Range(0, rows).Select(i => new Dictionary<string, object>
        {
            [titles["unitCode"]] = Synthetic.UnitCode(i / Synthetic.AccountsPerUnit),
            [titles["platform"]] = "微博",
            [titles["handle"]] = $"sheet{i:D7}",
            [titles["name"]] = "账号" + i.ToString(CultureInfo.InvariantCulture),
            [titles["url"]] = $"https://weibo.com/u/sheet{i:D7}",
            [titles["openedOn"]] = opened,
            [titles["interaction"]] = "是",
            [titles["responsible.name"]] = "张三",
            [titles["responsible.phone"]] = "13800138000",
            [titles["responsible.email"]] = "zhangsan@example.gov.cn",
        });
        await MiniExcel.SaveAsAsync(file, sheet);
    }

    private sealed record CliRun(double Seconds, int ProgressLines);

    private static async Task<CliRun> RunCliAsync(BenchSilo silo, string file, params string[] extra)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[CliAssembly(), "import", "accounts", file, "--server", silo.Address.ToString(), "--user", "admin", .. extra])
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["MEDIA_PASSWORD"] = BenchSilo.Password;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        var log = await errors;
        if (process.ExitCode != 0)
        {
            var text = await output;
            throw new InvalidOperationException($"media import exited {process.ExitCode}: {log}\n{text[..Math.Min(text.Length, 2000)]}");
        }

        Console.Error.Write(log);
        return new CliRun(seconds, log.Split('\n').Count(l => l.StartsWith("服务器正在", StringComparison.Ordinal)));
    }

    // src/Media.Cli's build output in the configuration this program was built in, as SiloLaunch finds the silo's.
    private static string CliAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Path, "src", "Media.Cli", "bin", configuration, "net10.0", "media.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/Media.Cli first", path);
    }

    private static async Task<Baseline> BaselineAsync(string sheet)
    {
        var file = Path.Combine(Path.GetTempPath(), $"media-bench-import-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            connection.Open();
            SweepScenario.Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " +
                "CREATE TABLE account (id TEXT PRIMARY KEY, unit TEXT NOT NULL, body TEXT NOT NULL); CREATE INDEX account_unit ON account (unit);");
            var watch = Stopwatch.StartNew();
            var titles = SheetColumns.All.ToDictionary(c => c.Id, c => c.Title);
            await using var stream = File.OpenRead(sheet);
            foreach (var chunk in (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().Chunk(1_000))
            {
                using var transaction = connection.BeginTransaction();
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO account VALUES ($id, $unit, $body)";
                var (id, unit, body) = (insert.Parameters.Add("$id", SqliteType.Text), insert.Parameters.Add("$unit", SqliteType.Text),
                    insert.Parameters.Add("$body", SqliteType.Text));
                foreach (var row in chunk)
                {
                    id.Value = "weibo:" + row[titles["handle"]];
                    unit.Value = row[titles["unitCode"]];
                    body.Value = string.Join('|', row.Values);
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            return new Baseline("MiniExcel read + SQLite indexed inserts (1,000 per transaction)", watch.Elapsed.TotalSeconds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
