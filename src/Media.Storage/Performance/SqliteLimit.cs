namespace Media.Storage.Performance;

/// <summary>
/// At most <c>count</c> holders at a time among the connections of one SQLite file in this process, first come first
/// served; waiting longer than the store's lock timeout fails like a busy database would.
/// </summary>
internal sealed class SqliteLimit(int count, TimeSpan timeout, string busy) : IDisposable
{
    private readonly SemaphoreSlim _free = new(count, count);

    public void Enter()
    {
        if (!_free.Wait(timeout))
        {
            throw Busy();
        }
    }

    public async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _free.WaitAsync(timeout, cancellationToken))
        {
            throw Busy();
        }
    }

    public void Leave() => _free.Release();

    public void Dispose() => _free.Dispose();

    private TimeoutException Busy() => new($"{busy} ({timeout.TotalSeconds:0} s).");
}
