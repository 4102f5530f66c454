using System.Diagnostics;
using System.Text;
using Media.Testing;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// The silo as a separate operating-system process (the built Media.Silo.dll run by `dotnet`), so a
/// test can kill it outright and start it again on the same data directory.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the silo on <paramref name="dataDir"/> and waits until /healthz answers 200.</summary>
    /// <param name="dataDir">The silo's data directory.</param>
    /// <param name="adminPassword">The first admin's password.</param>
    /// <param name="timeout">How long to wait for /healthz.</param>
    /// <param name="environment">More settings (<c>Section__Key</c>), e.g. the cluster profile's.</param>
    public static async Task<SiloProcess> StartAsync(string dataDir, string adminPassword, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var silo = Launch(dataDir, adminPassword, environment);
        await silo.WaitHealthyAsync(timeout);
        return silo;
    }

    /// <summary>Starts the silo without waiting for it, for a test that expects it to refuse to start.</summary>
    public static SiloProcess Launch(string dataDir, string adminPassword, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = SiloLaunch.StartInfo(SiloLaunch.SiloAssembly(RepositoryRoot.Path), dataDir, address, adminPassword);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var silo = new SiloProcess(Process.Start(info)!, address);
        silo._process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>The exit code once the process has ended, or null if it still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGKILL: no shutdown hooks, no flushing; only what reached storage survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"silo exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"silo not healthy after {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
