using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Media.Testing;

namespace Media.Benchmarks;

/// <summary>
/// The real silo (Release build of src/Media.Silo) as a child process on a fresh data directory (or a given one, which
/// is kept), reached over loopback HTTP as an integrator would reach it. Its peak resident memory is read from /proc.
/// </summary>
public sealed class BenchSilo : IBenchApi, IAsyncDisposable
{
    public const string Password = "Bench-Root-Secret-1";
    private readonly Process _process;
    private readonly string _dataDir;
    private readonly bool _keep;

    private BenchSilo(Process process, Uri address, string dataDir, bool keep)
    {
        _process = process;
        Address = address;
        _dataDir = dataDir;
        _keep = keep;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(30) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Starts a silo, waits until it is healthy and signs in as the admin.</summary>
    /// <param name="dataDir">A data directory to start on and keep (seeded or empty); null for a fresh one, deleted at the end.</param>
    /// <param name="settings">Environment variables (e.g. the cluster profile's) that override the defaults.</param>
    public static async Task<BenchSilo> StartAsync(string? dataDir = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var silo = Launch(dataDir, settings);
        // Three cluster silos starting together on two shared cores take longer than one embedded silo.
        await silo.WaitHealthyAsync(TimeSpan.FromSeconds(180));
        await silo.SignInAsync();
        return silo;
    }

    /// <summary>Starts the silo process and returns at once, before it answers (for timing its start from outside).</summary>
    public static BenchSilo Launch(string? dataDir, IReadOnlyDictionary<string, string>? settings = null)
    {
        var keep = dataDir is not null;
        dataDir ??= Directory.CreateTempSubdirectory("media-bench-").FullName;
        var address = new Uri($"http://127.0.0.1:{SiloLaunch.FreePort()}");
        var info = SiloLaunch.StartInfo(SiloLaunch.SiloAssembly(RepositoryRoot.Path), dataDir, address, Password);
        info.Environment["Schedules__Enabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // Warnings and errors reach this program's stderr (prefixed "silo:"); standard output is discarded.
        info.Environment["Logging__Console__LogToStandardErrorThreshold"] = "Warning";
        // The Orleans Dashboard profiles every grain call (filing 1,131 -> 974/s, ingest 20,097 -> 16,573 posts/s
        // on this machine); the budgets are measured without it, as a deployment that needs the throughput runs.
        info.Environment["Web__OrleansDashboard"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("silo: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchSilo(process, address, dataDir, keep);
    }

    /// <summary>The silo's peak resident set (VmHWM) so far, in MB.</summary>
    public double PeakRssMb()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return double.NaN;
    }

    public async Task<JsonObject> PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}");
        }

        return JsonNode.Parse(text) is JsonObject o ? o : [];
    }

    public async Task<JsonObject> GetAsync(string path)
    {
        var text = await Http.GetStringAsync(path);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>
    /// Stops the silo as an upgrade does: SIGTERM, then waiting for the process to end (Orleans deactivates its grains,
    /// which write what they hold, and the store is closed).
    /// </summary>
    public async Task StopGracefullyAsync(TimeSpan limit)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(wait.Token);
    }

    /// <summary>Signs in as <paramref name="username"/> and returns the bearer token (valid across restarts: its keys are in the store).</summary>
    public async Task<string> TokenAsync(string username, string password) =>
        (await PostAsync("/api/auth/token", new { username, password }))["token"]!.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_keep || Environment.GetEnvironmentVariable("MEDIA_BENCH_KEEP_DATA") == "1")
        {
            // For measuring what a store of this size costs at start (quick_check, reconciliation): kept, and named.
            Console.Error.WriteLine($"data kept in {_dataDir}");
            return;
        }

        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS later.
        }
    }

    private async Task SignInAsync()
    {
        var token = await TokenAsync("admin", Password);
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Polls <c>/healthz</c> every 50 ms until it answers 200.</summary>
    public async Task WaitHealthyAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"silo exited with {_process.ExitCode}");
            }

            try
            {
                if ((await Http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"silo not healthy after {limit.TotalSeconds:F0} s");
    }
}
