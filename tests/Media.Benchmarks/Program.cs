using System.Globalization;
using Media.Benchmarks;
using Media.Benchmarks.Scenarios;

// dotnet run -c Release --project tests/Media.Benchmarks -- <sweep|ingest|filing|extract|report|browse|restart|import> [--accounts N]
//   [--posts N] [--rows N] [--seconds N] [--calls N] [--data-dir PATH] [--profile embedded|cluster] [--silos N] [--json]
//   (the profile applies to sweep, ingest and filing)
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: <sweep --accounts N | ingest --posts N | filing --accounts N | extract [--seconds N] | report --accounts N | browse --accounts N [--calls N] [--data-dir PATH] | restart --accounts N [--data-dir PATH] | import --rows N> [--profile embedded|cluster --silos N] [--json]");
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

var profile = Text("--profile") ?? BenchSilos.Embedded;
var silos = Option("--silos", 1);
var result = args[0] switch
{
    "sweep" => await SweepScenario.RunAsync(Option("--accounts", 1_000_000), profile, silos),
    "ingest" => await IngestScenario.RunAsync(Option("--posts", 200_000), profile, silos),
    "filing" => await FilingScenario.RunAsync(Option("--accounts", 20_000), profile, silos),
    "browse" => await BrowseScenario.RunAsync(Option("--accounts", 1_000_000), Option("--calls", 40), Text("--data-dir")),
    "extract" => ExtractScenario.Run(Option("--seconds", 10)),
    "report" => await ReportScenario.RunAsync(Option("--accounts", 300_000)),
    "restart" => await RestartScenario.RunAsync(Option("--accounts", 1_000_000), Text("--data-dir")),
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
