using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Operations;

/// <summary>
/// What Prometheus reads at /metrics, from a real silo process: one silo per process as in production (silos hosted side
/// by side in the test process share the process-wide meters, which no deployment does).
/// </summary>
public sealed partial class MetricsProcessTests : IDisposable
{
    private const string Password = "Metrics-test-Pass-1";

    private readonly TempDirectory _data = new("media-metrics");

    [Fact]
    public async Task Metrics_after_a_sweep_hold_its_duration_the_outbox_depth_requests_and_grain_calls()
    {
        await using var silo = await SiloProcess.StartAsync(_data.Path, Password, TimeSpan.FromSeconds(90));
        using var admin = await MediaClient.SignInAsync(silo.CreateClient(), "admin", Password);
        var before = SweepCount(await ScrapeAsync(silo));

        using var swept = await admin.PostAsync("/api/sweeps", new { });
        Assert.Equal(HttpStatusCode.OK, swept.StatusCode);

        // The exporter serves a scrape from its cache for a moment, and a gauge whose read timed out on a busy machine
        // is left out of that scrape: wait for one that has them all.
        var metrics = await ScrapeAsync(silo);
        for (var waited = System.Diagnostics.Stopwatch.StartNew();
             (SweepCount(metrics) <= before || !metrics.Contains("media_outbox_depth{", StringComparison.Ordinal)
                 || !metrics.Contains("media_monitoring_gaps{", StringComparison.Ordinal))
             && waited.Elapsed < TimeSpan.FromSeconds(20);)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            metrics = await ScrapeAsync(silo);
        }

        Assert.True(SweepCount(metrics) > before, $"sweep count {before} → {SweepCount(metrics)}");
        Assert.Contains("media_sweep_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^media_outbox_depth\{[^}]*state=""pending""[^}]*\} \d+", metrics);
        Assert.Matches(@"(?m)^media_monitoring_gaps\{[^}]*cause=""not-observed""[^}]*\} \d+", metrics);
        Assert.Contains("http_server_request_duration_seconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("orleans_app_requests_latency", metrics, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    private static async Task<string> ScrapeAsync(SiloProcess silo)
    {
        using var http = silo.CreateClient();
        using var response = await http.GetAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static long SweepCount(string metrics) =>
        SweepCountLine().Matches(metrics).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?m)^media_sweep_duration_seconds_count(?:\{[^}]*\})? (\d+)")]
    private static partial Regex SweepCountLine();
}
