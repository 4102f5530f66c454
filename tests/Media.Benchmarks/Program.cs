using System.Globalization;
using Media.Benchmarks;
using Media.Benchmarks.Scenarios;

// dotnet run -c Release --project tests/Media.Benchmarks -- <sweep|ingest|filing|extract|import> [--accounts N] [--posts N] [--seconds N] [--json]
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: <sweep --accounts N | ingest --posts N | filing --accounts N | extract [--seconds N] | import --rows N> [--json]");
    return 2;
}

var json = args.Contains("--json");
int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

// A named option's value (--profile cluster, --data-dir PATH), or null when it is not given.
string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

var result = args[0] switch
{
    "sweep" => await SweepScenario.RunAsync(Option("--accounts", 1_000_000)),
    "ingest" => await IngestScenario.RunAsync(Option("--posts", 200_000)),
    "filing" => await FilingScenario.RunAsync(Option("--accounts", 20_000)),
    "extract" => ExtractScenario.Run(Option("--seconds", 10)),
    "import" => await ImportScenario.RunAsync(Option("--rows", 100_000)),
    _ => null,
};

if (result is null)
{
    Console.Error.WriteLine($"unknown scenario {args[0]}");
    return 2;
}

result.Print(Console.Out);
if (json)
{
    Console.WriteLine(result.ToJson());
}

return 0;
