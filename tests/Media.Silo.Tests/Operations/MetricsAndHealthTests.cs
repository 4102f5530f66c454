using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Operations;

/// <summary>What the IT person's tools read: Prometheus metrics at /metrics, and /healthz (GET and HEAD) with the version.</summary>
public sealed partial class MetricsAndHealthTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task Metrics_after_a_sweep_hold_its_duration_the_outbox_depth_requests_and_grain_calls()
    {
        using var admin = await _silo.AdminAsync();
        var before = SweepCount(await ScrapeAsync());

        using var swept = await admin.PostAsync("/api/sweeps", new { at = SharedSilo.Now.ToString("O", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, swept.StatusCode);
        // The exporter serves a scrape from its cache for a moment, so the sweep shows in a later one.
        var metrics = await ScrapeAsync();
        // A gauge whose read timed out on a busy machine is left out of that scrape, so wait for one that has them all.
        for (var waited = System.Diagnostics.Stopwatch.StartNew();
             (SweepCount(metrics) <= before || !metrics.Contains("media_outbox_depth{", StringComparison.Ordinal)
                 || !metrics.Contains("media_monitoring_gaps{", StringComparison.Ordinal))
             && waited.Elapsed < TimeSpan.FromSeconds(20);)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            metrics = await ScrapeAsync();
        }

        Assert.True(SweepCount(metrics) > before, $"sweep count {before} → {SweepCount(metrics)}");
        Assert.Contains("media_sweep_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^media_outbox_depth\{[^}]*state=""pending""[^}]*\} \d+", metrics);
        Assert.Matches(@"(?m)^media_monitoring_gaps\{[^}]*cause=""not-observed""[^}]*\} \d+", metrics);
        Assert.Contains("http_server_request_duration_seconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("orleans_app_requests_latency", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_names_the_version_and_answers_head()
    {
        using var http = _silo.CreateClient();
        var health = JsonNode.Parse(await http.GetStringAsync("/healthz", TestContext.Current.CancellationToken))!;
        var version = health["version"]!.GetValue<string>();
        Assert.Matches(@"^\d+\.\d+\.\d+", version);

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);

        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = WebUtility.HtmlDecode(await browser.GetStringAsync("/login", TestContext.Current.CancellationToken));
        Assert.Contains($"<footer class=\"muted\">Media {version}</footer>", login, StringComparison.Ordinal);
    }

    private async Task<string> ScrapeAsync()
    {
        using var http = _silo.CreateClient();
        using var response = await http.GetAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    // The histogram's count: every sweep in this process records into it, so the test compares before and after.
    private static long SweepCount(string metrics) =>
        SweepCountLine().Matches(metrics).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?m)^media_sweep_duration_seconds_count(?:\{[^}]*\})? (\d+)")]
    private static partial Regex SweepCountLine();
}
