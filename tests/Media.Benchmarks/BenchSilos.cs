using System.Globalization;
using System.Text.Json.Nodes;

namespace Media.Benchmarks;

/// <summary>
/// What a scenario runs against: one embedded silo (SQLite, the default), or <c>--profile cluster --silos N</c>: a private
/// PostgreSQL started by the harness (as the cluster tests start theirs) and N silo processes of the cluster profile on
/// it, each with its own HTTP and Orleans ports. Requests are spread over the silos in turn (round robin).
/// </summary>
public sealed class BenchSilos : IBenchApi, IAsyncDisposable
{
    public const string Embedded = "embedded";
    public const string Cluster = "cluster";
    private readonly List<BenchSilo> _silos;
    private readonly string? _database;
    private int _next = -1;

    private BenchSilos(List<BenchSilo> silos, PostgresServer? postgres, string? database)
    {
        _silos = silos;
        Postgres = postgres;
        _database = database;
    }

    /// <summary>The cluster's PostgreSQL server (where the same-run baseline writes too), or null when embedded.</summary>
    internal PostgresServer? Postgres { get; }

    public int Count => _silos.Count;

    /// <summary>Starts the profile's silos; the schema is applied by the silos themselves (Media's scripts, at start).</summary>
    public static async Task<BenchSilos> StartAsync(string profile, int silos)
    {
        if (profile == Embedded)
        {
            return new BenchSilos([await BenchSilo.StartAsync()], null, null);
        }

        if (profile != Cluster || silos < 1)
        {
            throw new ArgumentException($"--profile must be {Embedded} or {Cluster} (with --silos ≥ 1), not {profile} with {silos}");
        }

        // PostgreSQL's durable defaults, as a deployment runs it; MEDIA_BENCH_PG_SETTINGS adds settings for experiments
        // (e.g. "synchronous_commit=off"), MEDIA_BENCH_PG_STATS=1 the statement profile (PostgresStatements).
        var extra = (Environment.GetEnvironmentVariable("MEDIA_BENCH_PG_SETTINGS") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var postgres = await PostgresServer.StartAsync([.. extra, .. PostgresStatements.Settings]);
        try
        {
            var database = await postgres.CreateDatabaseAsync();
            await PostgresStatements.InstallAsync(database);
            var settings = new Dictionary<string, string>
            {
                ["Media__Profile"] = Cluster,
                ["ConnectionStrings__Postgres"] = database,
                ["Orleans__AdvertisedAddress"] = "127.0.0.1",
            };
            // One first, so the schema and the membership table exist before the others join.
            List<BenchSilo> started = [await BenchSilo.StartAsync(settings: settings)];
            started.AddRange(await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(_ => BenchSilo.StartAsync(settings: settings))));
            return new BenchSilos(started, postgres, database);
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next silo in turn.</summary>
    public BenchSilo Next() => _silos[(int)((uint)Interlocked.Increment(ref _next) % (uint)_silos.Count)];

    public Task<JsonObject> PostAsync(string path, object body) => Next().PostAsync(path, body);

    public Task<JsonObject> GetAsync(string path) => Next().GetAsync(path);

    /// <summary>The deployment's peak memory: the silos' peak resident sets added up (PostgreSQL not counted).</summary>
    public double PeakRssMb() => _silos.Sum(s => s.PeakRssMb());

    /// <summary>The profile's figures for the JSON line (none for the embedded default, whose lines stay as they were).</summary>
    public JsonObject? Figures(JsonObject? more = null)
    {
        var figures = more ?? [];
        if (Postgres is not null)
        {
            figures["profile"] = Cluster;
            figures["silos"] = _silos.Count;
        }

        return figures.Count == 0 ? null : figures;
    }

    /// <summary>A word for the note: "3 cluster silos on PostgreSQL".</summary>
    public string Describe() => Postgres is null ? "one embedded silo" : string.Create(CultureInfo.InvariantCulture,
        $"{_silos.Count} cluster silo{(_silos.Count == 1 ? "" : "s")} on PostgreSQL, requests in turn");

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await PostgresStatements.PrintAsync(_database);
        }

        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }
}
