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
