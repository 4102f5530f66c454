using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Media.Benchmarks;

/// <summary>The comparison every figure is read against: the same work done as plainly as possible.</summary>
public sealed record Baseline(string Name, double Seconds);

/// <summary>One scenario's figures; printed as a table and, with <c>--json</c>, as one last line of JSON.</summary>
public sealed record BenchResult(
    string Scenario,
    int N,
    double Seconds,
    double PerSecond,
    double PeakRssMb,
    Baseline Baseline,
    double? DetectSeconds = null,
    double? P50Ms = null,
    double? P99Ms = null,
    double? SeedSeconds = null,
    string? Note = null,
    JsonObject? Figures = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>How many times slower than the baseline (for the sweep: the detection pass against the SQL query).</summary>
    public double Ratio => Math.Round((DetectSeconds ?? Seconds) / Math.Max(Baseline.Seconds, 1e-9), 2);

    /// <summary>
    /// The JSON line: the common figures, then the scenario's own (<see cref="Figures"/>, e.g. <c>p95Ms</c> per request kind,
    /// <c>healthySeconds</c>), at the top level so a reader finds them by name.
    /// </summary>
    public string ToJson()
    {
        var line = JsonNode.Parse(Common())!.AsObject();
        foreach (var (name, value) in Figures ?? [])
        {
            line[name] = value?.DeepClone();
        }

        return line.ToJsonString(Json);
    }

    private string Common() => JsonSerializer.Serialize(new
    {
        scenario = Scenario, n = N, seconds = Math.Round(Seconds, 3), perSecond = Math.Round(PerSecond, 1),
        detectSeconds = DetectSeconds is { } d ? Math.Round(d, 3) : (double?)null,
        p50Ms = P50Ms is { } p50 ? Math.Round(p50, 2) : (double?)null, p99Ms = P99Ms is { } p99 ? Math.Round(p99, 2) : (double?)null,
        peakRssMb = Math.Round(PeakRssMb, 1), baseline = new { name = Baseline.Name, seconds = Math.Round(Baseline.Seconds, 4) },
        ratio = Ratio, seedSeconds = SeedSeconds is { } s ? Math.Round(s, 1) : (double?)null, note = Note,
    }, Json);

    public void Print(TextWriter output)
    {
        void Row(string name, string value) => output.WriteLine($"  {name,-18}{value}");
        output.WriteLine($"{Scenario} (n = {N.ToString("N0", CultureInfo.InvariantCulture)})");
        if (SeedSeconds is { } seed)
        {
            Row("seeding", $"{seed:F1} s");
        }

        if (DetectSeconds is { } detect)
        {
            Row("detection", $"{detect:F3} s");
        }

        Row("measured", $"{Seconds:F3} s");
        Row("throughput", $"{PerSecond:F1} /s");
        if (P50Ms is { } p50)
        {
            Row("latency p50/p99", $"{p50:F2} ms / {P99Ms:F2} ms");
        }

        Row("peak RSS", $"{PeakRssMb:F0} MB");
        Row("baseline", $"{Baseline.Name}: {Baseline.Seconds:F4} s (ratio {Ratio})");
        foreach (var (name, value) in Figures ?? [])
        {
            Row(name, value?.ToJsonString(Json) ?? "null");
        }

        if (Note is not null)
        {
            Row("note", Note);
        }
    }
}
