using System.Diagnostics;
using System.Text;

namespace Media.Cli.Tests.Probe;

/// <summary>The built <c>media.dll</c> run as a real process: the command works outside the test host.</summary>
public sealed class ProbeProcessTests
{
    [Fact]
    public async Task The_built_executable_prints_one_json_object_for_a_saved_page()
    {
        var start = new ProcessStartInfo(DotnetHost(), [MediaDll(), "probe", "--platform", "wechat", "--file", FixturePages.PathOf(FixturePages.MpVoice)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            // Away from the checkout, so no silo-config/extractors there is picked up by default.
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await stdout}\n{await stderr}");
        var report = ProbeOutput.Parse(await stdout);
        Assert.Equal("ok", report.Status());
        Assert.Equal("2018-03-19T05:30:00+08:00", report.Text("latestPostAt"));
        Assert.Equal("语音 | 早安武汉〔2018.3.19 周一〕", Assert.Single(report.Posts()).Text("title"));
        Assert.Contains("wechat: ok", await stderr, StringComparison.Ordinal);
    }

    /// <summary>The CLI's own build output for this test run's configuration (bin/&lt;Configuration&gt;/net10.0).</summary>
    private static string MediaDll()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Path, "src", "Media.Cli", "bin", configuration, framework.Name, "media.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/Media.Cli ({configuration}) first: {dll} is missing.", dll);
    }

    // The dotnet CLI tells the processes it starts where it is; outside it, dotnet is on the PATH.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
