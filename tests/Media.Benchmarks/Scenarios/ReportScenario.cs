using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Media.Domain.Sampling;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>report --accounts N</c>: N accounts filed in one province, a sampling of the province that draws them all (ratio 1),
/// every account inspected through the batch endpoint (3% failed with a finding, one in 500 a good example), then the
/// 通报 downloaded once in each format over loopback, timed to the last byte. Baseline: the annex rows (the table that
/// grows with the sample) written with the plain libraries, in the same run.
/// </summary>
public static class ReportScenario
{
    public static readonly string[] Formats = ["docx", "html", "xlsx", "csv", "json"];
    private const string Province = "440000";

    public static async Task<BenchResult> RunAsync(int n)
    {
        await using var silo = await BenchSilo.StartAsync();
        var today = Synthetic.Today;
        var seed = await Synthetic.SeedAsync(silo, n, _ => today.AddDays(-200));
        var sampling = await silo.PostAsync("/api/samplings", new
        {
            quarter = Quarter.Of(today).ToString(), regionCode = Province, ratio = 1, seed = "bench-report",
        });
        var id = sampling["id"]!.GetValue<string>();
        var accounts = sampling["accounts"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        if (accounts.Count != n)
        {
            throw new InvalidOperationException($"the sampling drew {accounts.Count} accounts, expected {n}");
        }

        var watch = Stopwatch.StartNew();
        foreach (var batch in accounts.Chunk(1_000))
        {
            await silo.PostAsync($"/api/samplings/{id}/inspections/batch", new { items = batch.Select(Inspection) });
        }

        var inspectSeconds = watch.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inspections: {n:N0} in {inspectSeconds:F1} s"));

        var seconds = new JsonObject();
        var bytes = new JsonObject();
        foreach (var format in Formats)
        {
            watch.Restart();
            using var response = await silo.Http.GetAsync($"/api/samplings/{id}/report?format={format}", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var length = await DrainAsync(await response.Content.ReadAsStreamAsync());
            seconds[format] = Math.Round(watch.Elapsed.TotalSeconds, 3);
            bytes[format] = length;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report {format}: {watch.Elapsed.TotalSeconds:F2} s, {length:N0} bytes"));
        }

        var report = await silo.GetAsync($"/api/samplings/{id}/report?format=json");
        var annex = report["document"]!["annex"]!.AsArray();
        var failed = report["failed"]!.GetValue<int>();
        if (failed != accounts.Count(Failed) || annex.Count != failed)
        {
            throw new InvalidOperationException($"the 通报 counts {failed} failed with {annex.Count} annex rows, expected {accounts.Count(Failed)}");
        }

        var baseline = ReportBaseline.Write(annex);
        var slowest = Formats.Max(f => seconds[f]!.GetValue<double>());
        return new BenchResult("report", n, slowest, n / slowest, silo.PeakRssMb(),
            new Baseline($"plain libraries writing the {annex.Count:N0} annex rows (slowest format)", baseline.Values.Max()), SeedSeconds: seed,
            Note: string.Create(CultureInfo.InvariantCulture,
                $"a sampling drawing all {n:N0} accounts, every one inspected ({failed:N0} failed) in {inspectSeconds:F1} s by batches of 1,000; measured = the slowest format"),
            Figures: new JsonObject
            {
                ["seconds"] = seconds,
                ["bytes"] = bytes,
                ["baselineSeconds"] = new JsonObject(baseline.Select(b => KeyValuePair.Create(b.Key, (JsonNode?)Math.Round(b.Value, 3)))),
                ["inspectSeconds"] = Math.Round(inspectSeconds, 1),
            });
    }

    // 3% failed, each with one problem and a note; one in 500 commended as a good example.
    private static bool Failed(string accountId) => Number(accountId) % 100 < 3;

    private static int Number(string accountId) => int.Parse(accountId.AsSpan(accountId.Length - 7), CultureInfo.InvariantCulture);

    private static object Inspection(string accountId) => Failed(accountId)
        ? new
        {
            accountId, passed = false, goodExample = false,
            findings = new[] { new { rule = Number(accountId) % 2 == 0 ? "no-interaction" : "improper-content", note = "留言未回复", confirmed = true } },
        }
        : new { accountId, passed = true, goodExample = Number(accountId) % 500 == 7, findings = Array.Empty<object>() };

    private static async Task<long> DrainAsync(Stream body)
    {
        await using (body)
        {
            var buffer = new byte[81_920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            return total;
        }
    }
}
