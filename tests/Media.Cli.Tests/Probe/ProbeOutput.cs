using System.Text.Json;
using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests.Probe;

/// <summary>Reads a probe run's stdout, failing unless it is exactly one JSON object and nothing else.</summary>
internal static class ProbeOutput
{
    public static JsonElement Parse(string stdout)
    {
        // JsonDocument refuses anything after the first value, so a stray log line on stdout fails here.
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }

    public static JsonElement Parse(CliRun run) => Parse(run.Out);

    public static string Status(this JsonElement report) => report.GetProperty("status").GetString()!;

    public static JsonElement[] Posts(this JsonElement report) => [.. report.GetProperty("posts").EnumerateArray()];

    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
