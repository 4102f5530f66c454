namespace Media.Cli.Import;

/// <summary>
/// Shows that a long server call is still working, on stderr: on a terminal one line rewritten every second, otherwise (a
/// log file, a pipe) a line every ten seconds, so a log is not flooded. The server answers a sheet in one response, so the
/// line counts time, not rows.
/// </summary>
internal sealed class ProgressLine : IAsyncDisposable
{
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly string _what;
    private readonly ITimer _timer;
    private readonly long _started;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private bool _wrote;

    public ProgressLine(CliEnvironment env, string what)
    {
        (_error, _terminal, _what, _time) = (env.Error, env.ErrorIsTerminal, what, env.Time);
        _started = _time.GetTimestamp();
        var every = TimeSpan.FromSeconds(_terminal ? 1 : 10);
        _timer = _time.CreateTimer(_ => Tick(), null, every, every);
    }

    private void Tick()
    {
        lock (_gate)
        {
            var seconds = _time.GetElapsedTime(_started).TotalSeconds;
            var line = $"{_what}… 已用 {seconds:0} 秒";
            if (_terminal)
            {
                _error.Write("\r" + line);
            }
            else
            {
                _error.WriteLine(line);
            }

            _wrote = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        lock (_gate)
        {
            // The next line starts on its own line, not after the rewritten one.
            if (_terminal && _wrote)
            {
                _error.WriteLine();
            }
        }
    }
}
