using System.Text.Json.Nodes;
using Media.Benchmarks;
using Media.Benchmarks.Scenarios;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Benchmarks;

/// <summary>
/// A tiny run of each benchmark scenario against a real silo process, so the harness keeps working; the
/// figures themselves come from <c>tests/Media.Benchmarks/run-all.sh</c> in Release, never from this suite.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task Sweep_finds_and_wakes_exactly_the_silent_one_percent() =>
        Check(await SweepScenario.RunAsync(1_000), "sweep", 1_000, detect: true);

    [Fact]
    public async Task Ingest_reads_back_what_it_posted() => Check(await IngestScenario.RunAsync(1_000), "ingest", 1_000);

    [Fact]
    public async Task Filing_reports_latency_and_throughput()
    {
        var result = await FilingScenario.RunAsync(200);
        Check(result, "filing", 200);
        Assert.True(result.P50Ms > 0 && result.P99Ms >= result.P50Ms);
    }

    [Fact]
    public async Task Report_times_every_format_of_a_fully_inspected_sampling()
    {
        var result = await ReportScenario.RunAsync(300);
        Check(result, "report", 300);
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        Assert.All(ReportScenario.Formats, f => Assert.True(json["seconds"]![f]!.GetValue<double>() > 0 && json["bytes"]![f]!.GetValue<long>() > 0));
    }

    [Fact]
    public async Task Filing_on_two_cluster_silos_reports_the_profile()
    {
        // Skips where the cluster tests skip (no PostgreSQL binaries) and fails there under MEDIA_REQUIRE_ALL=1, as they do.
        PrivatePostgres.Require(PostgresServer.Unavailable);
        var result = await FilingScenario.RunAsync(100, BenchSilos.Cluster, silos: 2);
        Check(result, "filing", 100);
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        Assert.Equal(BenchSilos.Cluster, json["profile"]!.GetValue<string>());
        Assert.Equal(2, json["silos"]!.GetValue<int>());
        Assert.StartsWith("PostgreSQL", json["baseline"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_times_health_lists_and_sweep_on_a_reused_data_directory()
    {
        using var data = new TempDirectory("media-bench-restart");
        var seeded = await RestartScenario.RunAsync(300, data.Path);
        Check(seeded, "restart", 300);
        var reused = JsonNode.Parse((await RestartScenario.RunAsync(300, data.Path)).ToJson())!.AsObject();
        Assert.Null(reused["seedSeconds"]);
        foreach (var figure in new[] { "healthySeconds", "firstListSeconds", "firstSweepSeconds" })
        {
            Assert.True(reused[figure]!.GetValue<double>() > 0, figure);
        }
    }

    [Fact]
    public async Task Import_files_a_written_sheet_through_the_command_with_progress_shown()
    {
        var result = await ImportScenario.RunAsync(50);
        Check(result, "import", 50);
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        Assert.True(json["dryRunPerSecond"]!.GetValue<double>() > 0);
        Assert.True(json["progressLines"]!.GetValue<int>() >= 2, "the command shows the server's progress on each run");
    }

    [Fact]
    public void Extract_runs_the_website_extractor_against_the_saved_page() => Check(ExtractScenario.Run(1), "extract", null);

    [Fact]
    public async Task Browse_times_every_request_kind_for_both_supervisors_beside_its_baseline()
    {
        var result = await BrowseScenario.RunAsync(500, 3);
        Check(result, "browse", 500);
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        // 8 kinds through the pages and 7 through the API (the dashboard is a page), for each supervisor.
        Assert.Equal(30, json["p95Ms"]!.AsObject().Count);
        Assert.Equal(14, json["baselineP95Ms"]!.AsObject().Count);
        Assert.All(json["p95Ms"]!.AsObject(), p => Assert.True(p.Value!.GetValue<double>() > 0));
    }

    private static void Check(BenchResult result, string scenario, int? n, bool detect = false)
    {
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        Assert.Equal(scenario, json["scenario"]!.GetValue<string>());
        if (n is { } expected)
        {
            Assert.Equal(expected, json["n"]!.GetValue<int>());
        }

        Assert.True(json["perSecond"]!.GetValue<double>() > 0);
        Assert.True(json["peakRssMb"]!.GetValue<double>() > 0);
        Assert.True(json["baseline"]!["seconds"]!.GetValue<double>() > 0);
        Assert.NotNull(json["ratio"]);
        Assert.Equal(detect, json["detectSeconds"] is not null);
    }
}
