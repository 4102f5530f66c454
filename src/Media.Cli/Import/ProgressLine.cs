namespace Media.Cli.Import;

/// <summary>
/// The server's progress on a sheet (its stage and that stage's rows done out of its total), on stderr: on a terminal one
/// line rewritten at each poll; otherwise (a log file, a pipe) a line when a stage begins and every ten seconds within it, so
/// a log is not flooded, and the last counts when the run ends.
/// </summary>
internal sealed class ProgressLine(CliEnvironment env)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    private string? _shown;
    private string? _written;
    private string? _stage;
    private long _writtenAt;

    public void Show(string stage, int done, int total)
    {
        var line = $"服务器正在{stage}：{done}/{total} 行";
        _shown = line;
        if (env.ErrorIsTerminal)
        {
            if (line != _written)
            {
                // Padded so a shorter line wholly covers a longer one before it.
                env.Error.Write("\r" + line.PadRight(_written?.Length ?? 0));
                _written = line;
            }

            return;
        }

        if (stage != _stage || env.Time.GetElapsedTime(_writtenAt) >= LogEvery)
        {
            Write(line);
        }

        _stage = stage;
    }

    /// <summary>Ends the line on a terminal; into a log writes the last counts if they were not the last line.</summary>
    public void End()
    {
        if (env.ErrorIsTerminal)
        {
            if (_written is not null)
            {
                env.Error.WriteLine();
            }
        }
        else if (_shown is not null && _shown != _written)
        {
            Write(_shown);
        }
    }

    private void Write(string line)
    {
        env.Error.WriteLine(line);
        (_written, _writtenAt) = (line, env.Time.GetTimestamp());
    }
}
