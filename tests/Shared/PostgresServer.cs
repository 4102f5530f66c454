using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Media.Testing;

/// <summary>
/// A private PostgreSQL server: Debian's binaries, a temp data directory, a free loopback port, trust authentication.
/// PostgreSQL refuses to run as root, so as root it runs as the <c>postgres</c> user. The cluster tests use it without
/// fsync (the silos are killed, not PostgreSQL); the benchmarks keep PostgreSQL's durable defaults, as a deployment runs.
/// Compiled into both test projects (linked source).
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"media-pg-{Guid.NewGuid():N}");
    private Process? _server;
    private int _databases;

    private PostgresServer()
    {
    }

    public int Port { get; private set; }

    /// <summary>Why no server can be started here (no binaries), or null.</summary>
    public static string? Unavailable => Bin() is null
        ? "PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql)"
        : null;

    /// <summary>Starts a server; <paramref name="settings"/> are extra <c>-c name=value</c> settings.</summary>
    public static async Task<PostgresServer> StartAsync(params string[] settings)
    {
        var bin = Bin() ?? throw new InvalidOperationException(Unavailable);
        var server = new PostgresServer();
        Directory.CreateDirectory(server._dir);
        var data = Path.Combine(server._dir, "data");
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", server._dir);
        }

        await RunAsync(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
        server.Port = SiloLaunch.FreePort();
        string[] args = ["-D", data, "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-k", server._dir,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", .. settings.SelectMany(s => new[] { "-c", s })];
        server._server = Start(Path.Combine(bin, "postgres"), args);
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"media_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Maximum Pool Size=40;Timeout=15";

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static string? Bin() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
        : null;

    private async Task WaitReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(30) && _server is { HasExited: false })
            {
                await Task.Delay(100);
            }
        }
    }

    private static ProcessStartInfo Info(string file, string[] args)
    {
        var asRoot = Environment.UserName == "root" && file != "chown";
        var info = new ProcessStartInfo(asRoot ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return info;
    }

    private static Process Start(string file, string[] args)
    {
        var process = Process.Start(Info(file, args))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(Info(file, args))!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.Append(await stdout).Append(await stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {output}");
        }
    }
}
