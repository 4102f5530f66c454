namespace Media.Silo.Storage;

/// <summary>
/// One write turn at a time for the connections of one SQLite file in this process, first come first served.
/// Waiting longer than the store's lock timeout fails like a busy database would.
/// </summary>
internal sealed class SqliteWriteGate(TimeSpan timeout) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public void Enter()
    {
        if (!_turn.Wait(timeout))
        {
            throw Busy();
        }
    }

    public async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _turn.WaitAsync(timeout, cancellationToken))
        {
            throw Busy();
        }
    }

    public void Leave() => _turn.Release();

    public void Dispose() => _turn.Dispose();

    private TimeoutException Busy() =>
        new($"The SQLite store stayed busy with other writes for {timeout.TotalSeconds:0} s.");
}
