using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Lifecycle;

/// <summary>
/// The embedded data directory belongs to one process and one user: a second silo on it refuses to start, the
/// directory and the store are private, and two embedded silos on other directories do not fight over ports.
/// </summary>
public sealed class DataDirectoryTests : IDisposable
{
    private const string Password = "Lock-test-Pass-1";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // Without fixed Orleans ports: what an operator gets who sets none (the embedded default).
    private static readonly Dictionary<string, string> DefaultPorts = new() { ["Orleans__SiloPort"] = "", ["Orleans__GatewayPort"] = "" };

    private readonly TempDirectory _data = new("media-lock");
    private readonly TempDirectory _other = new("media-lock");

    [Fact]
    public async Task A_second_silo_on_the_same_data_directory_exits_naming_the_lock_and_its_holder()
    {
        await using var first = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout, DefaultPorts);
        await using var second = SiloProcess.Launch(_data.Path, Password, DefaultPorts);

        var exit = await second.ExitCodeAsync(TimeSpan.FromSeconds(10));

        Assert.True(exit is { } code && code != 0, $"the second silo did not exit non-zero within 10 s:\n{second.Output}");
        Assert.Contains(Path.Combine(_data.Path, "media.lock"), second.Output, StringComparison.Ordinal);
        Assert.Contains("pid ", second.Output, StringComparison.Ordinal);
        using var http = first.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task The_lock_ends_with_the_process_even_on_kill_and_two_embedded_silos_share_a_machine()
    {
        await using (var killed = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout, DefaultPorts))
        {
            await killed.KillAsync();
        }

        await using var restarted = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout, DefaultPorts);
        await using var neighbour = await SiloProcess.StartAsync(_other.Path, Password, StartTimeout, DefaultPorts);

        using var http = neighbour.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_data_directory_is_700_and_the_store_600()
    {
        await using var silo = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout, DefaultPorts);

        const UnixFileMode Owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(Owner | UnixFileMode.UserExecute, File.GetUnixFileMode(_data.Path));
        var files = Directory.GetFiles(_data.Path, "media.db*");
        Assert.Contains(Path.Combine(_data.Path, "media.db"), files);
        Assert.All(files, f => Assert.Equal(Owner, File.GetUnixFileMode(f)));
    }

    public void Dispose()
    {
        _data.Dispose();
        _other.Dispose();
    }
}
