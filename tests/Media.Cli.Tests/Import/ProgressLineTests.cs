using Media.Cli.Import;
using Microsoft.Extensions.Time.Testing;

namespace Media.Cli.Tests.Import;

/// <summary>The progress line an import shows on stderr while the server checks and files the rows.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void Into_a_log_it_writes_each_stage_once_then_every_ten_seconds_and_the_last_counts()
    {
        var clock = new FakeTimeProvider();
        using var error = new StringWriter();
        var line = new ProgressLine(new CliEnvironment(TextWriter.Null, error, _ => null, _ => throw new InvalidOperationException(), Clock: clock));

        line.Show("检查", 0, 5000);
        clock.Advance(TimeSpan.FromSeconds(1));
        line.Show("检查", 5000, 5000);
        line.Show("备案", 100, 5000);
        clock.Advance(TimeSpan.FromSeconds(4));
        line.Show("备案", 900, 5000);
        clock.Advance(TimeSpan.FromSeconds(6));
        line.Show("备案", 2000, 5000);
        clock.Advance(TimeSpan.FromSeconds(1));
        line.Show("备案", 5000, 5000);
        line.End();

        Assert.Equal(["服务器正在检查：0/5000 行", "服务器正在备案：100/5000 行", "服务器正在备案：2000/5000 行", "服务器正在备案：5000/5000 行"],
            error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void On_a_terminal_it_rewrites_one_line_when_the_counts_change_and_ends_it()
    {
        using var error = new StringWriter();
        var line = new ProgressLine(new CliEnvironment(TextWriter.Null, error, _ => null, _ => throw new InvalidOperationException(),
            ErrorIsTerminal: true));

        line.Show("备案", 10, 200);
        line.Show("备案", 10, 200);
        line.Show("备案", 200, 200);
        line.End();

        Assert.Equal("\r服务器正在备案：10/200 行\r服务器正在备案：200/200 行" + Environment.NewLine, error.ToString());
    }
}
