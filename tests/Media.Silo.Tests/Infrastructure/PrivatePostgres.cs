using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL server for one test class: Debian's binaries, a temp data directory, a free loopback
/// port, trust authentication. PostgreSQL refuses to run as root, so as root it runs as the <c>postgres</c> user.
/// Without the binaries the tests skip, unless MEDIA_REQUIRE_ALL=1 (CI), where they fail.
/// </summary>
public sealed class PrivatePostgres : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"media-pg-{Guid.NewGuid():N}");
    private Process? _server;
    private int _databases;

    public int Port { get; private set; }

    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            Unavailable = "PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql)";
            return;
        }

        Directory.CreateDirectory(_dir);
        var data = Path.Combine(_dir, "data");
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", _dir);
        }

        await RunAsync(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
        Port = FreePort.Next();
        // Durability of the test server itself is not under test (the silos are killed, not PostgreSQL).
        _server = Start(Path.Combine(bin, "postgres"), "-D", data, "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-k", _dir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=300");
        await WaitReadyAsync();
    }

    /// <summary>Skips the calling test when the server could not start (fails instead under MEDIA_REQUIRE_ALL=1).</summary>
    public void RequireAvailable()
    {
        if (Unavailable is null)
        {
            return;
        }

        Assert.False(Environment.GetEnvironmentVariable("MEDIA_REQUIRE_ALL") == "1", Unavailable);
        Assert.Skip(Unavailable);
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

    private static Process Start(string file, params string[] args)
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
