using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Operations;

/// <summary>What the silo process prints: one list of configuration problems and exit code 1; timestamped lines in Beijing time.</summary>
public sealed class SiloConsoleTests : IDisposable
{
    private const string Password = "Console-test-Pass-1";

    private readonly TempDirectory _data = new("media-console");

    [Fact]
    public async Task Three_bad_settings_end_the_start_with_three_lines_naming_their_keys_and_exit_code_1()
    {
        await using var silo = SiloProcess.Launch(_data.Path, Password, new Dictionary<string, string>
        {
            ["Smtp__Security"] = "Foo",
            ["Rules__Monitoring__NoUpdateDays"] = "-3",
            ["Auth__Lockout__Failures"] = "many",
        });

        var exit = await silo.ExitCodeAsync(TimeSpan.FromSeconds(60));

        var output = silo.Output;
        Assert.True(exit == 1, $"exit {exit}:\n{output}");
        var problems = output.Split('\n').Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 3, output);
        Assert.Contains(problems, l => l.Contains("Smtp:Security", StringComparison.Ordinal) && l.Contains("StartTls", StringComparison.Ordinal));
        Assert.Contains(problems, l => l.Contains("Rules:Monitoring:NoUpdateDays", StringComparison.Ordinal));
        Assert.Contains(problems, l => l.Contains("Auth:Lockout:Failures", StringComparison.Ordinal));
        Assert.DoesNotContain("WarningDays", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_started_silo_logs_lines_stamped_in_Beijing_time_without_the_watchdog_warning()
    {
        await using var silo = await SiloProcess.StartAsync(_data.Path, Password, TimeSpan.FromSeconds(60));

        var lines = silo.Output.Split('\n');
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \+08:00 info Microsoft\.Hosting\.Lifetime: "));
        Assert.DoesNotContain("Participant check thread", silo.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
