using Media.Cli.Import;
using Microsoft.Extensions.Time.Testing;

namespace Media.Cli.Tests.Import;

/// <summary>The progress line a long import shows on stderr while the server works.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public async Task Into_a_log_it_writes_a_line_every_ten_seconds()
    {
        var clock = new FakeTimeProvider();
        using var error = new StringWriter();
        var env = new CliEnvironment(TextWriter.Null, error, _ => null, _ => throw new InvalidOperationException(), Clock: clock);

        await using (new ProgressLine(env, "服务器正在检查并备案 5000 行"))
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            clock.Advance(TimeSpan.FromSeconds(10));
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(["服务器正在检查并备案 5000 行… 已用 10 秒", "服务器正在检查并备案 5000 行… 已用 20 秒"],
            error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task On_a_terminal_it_rewrites_one_line_every_second_and_ends_it()
    {
        var clock = new FakeTimeProvider();
        using var error = new StringWriter();
        var env = new CliEnvironment(TextWriter.Null, error, _ => null, _ => throw new InvalidOperationException(), Clock: clock,
            ErrorIsTerminal: true);

        await using (new ProgressLine(env, "检查"))
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal("\r检查… 已用 1 秒\r检查… 已用 2 秒" + Environment.NewLine, error.ToString());
    }
}
