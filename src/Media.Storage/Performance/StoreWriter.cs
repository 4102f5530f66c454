using System.Data.Common;
using System.Threading.Channels;

namespace Media.Storage.Performance;

/// <summary>
/// The one writer of Media's own tables (audit log, post log, region indexes): writes that arrive together are
/// committed in one transaction (group commit). A caller waits until the transaction holding its write has
/// committed, so "acknowledged = persisted" holds, while a burst of N writes costs one commit instead of N and
/// Media's writers never queue on SQLite's write lock one by one (its busy handler sleeps in steps of
/// milliseconds). If a batch fails, each of its writes is retried alone, so one bad write fails only its caller.
/// </summary>
internal sealed class StoreWriter : IAsyncDisposable
{
    private const int MaxBatch = 1024;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<Task<DbConnection>> _open;
    private readonly Task _loop;
    private readonly ChainLane _lane = new();
    private long _committed;

    public StoreWriter(StoreConnection store)
        : this(() => store.OpenAsync())
    {
    }

    /// <param name="open">Opens the connection of one transaction.</param>
    public StoreWriter(Func<Task<DbConnection>> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>How many writes have committed through this writer: what the contract tests observe.</summary>
    public long Committed => Interlocked.Read(ref _committed);

    /// <summary>Runs <paramref name="write"/> inside a shared transaction and completes once that has committed.</summary>
    /// <param name="write">Only SQL through the batch; it may run twice (alone, after its batch failed).</param>
    public async Task<T> WriteAsync<T>(Func<WriteBatch, Task<T>> write)
    {
        var pending = new Pending(async batch => await write(batch), new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return (T)(await pending.Committed.Task)!;
    }

    /// <summary>
    /// As <see cref="WriteAsync{T}"/> for one item of <paramref name="kind"/>: the items of that kind in the same
    /// transaction are written together (one statement on PostgreSQL), a failed transaction still retries each alone.
    /// </summary>
    public async Task<TResult> WriteAsync<TItem, TResult>(BulkWrite<TItem, TResult> kind, TItem item)
    {
        var pending = new Pending(async batch => (await kind.WriteAsync(batch, [item]))[0],
            new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously), kind, item);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return (TResult)(await pending.Committed.Task)!;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count == 1)
            {
                await CommitAloneAsync(batch[0]);
                continue;
            }

            try
            {
                var results = await CommitAsync(batch);
                Interlocked.Add(ref _committed, batch.Count);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Committed.TrySetResult(results[i]);
                }
            }
            catch (Exception)
            {
                foreach (var pending in batch)
                {
                    await CommitAloneAsync(pending);
                }
            }
        }
    }

    private async Task CommitAloneAsync(Pending pending)
    {
        try
        {
            var result = (await CommitAsync([pending]))[0];
            Interlocked.Increment(ref _committed);
            pending.Committed.TrySetResult(result);
        }
        catch (Exception e)
        {
            pending.Committed.TrySetException(e);
        }
    }

    private async Task<object?[]> CommitAsync(List<Pending> writes)
    {
        await using var connection = await _open();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new WriteBatch(connection, transaction, _lane);
        var results = new object?[writes.Count];
        var done = new bool[writes.Count];
        try
        {
            for (var i = 0; i < writes.Count; i++)
            {
                if (done[i])
                {
                    continue;
                }

                if (writes[i].Bulk is { } kind && writes.Count > 1)
                {
                    // Every write of this kind in the transaction, made here at once.
                    var mine = Enumerable.Range(i, writes.Count - i).Where(j => ReferenceEquals(writes[j].Bulk, kind)).ToList();
                    var answers = await kind.WriteAllAsync(batch, [.. mine.Select(j => writes[j].Item)]);
                    for (var k = 0; k < mine.Count; k++)
                    {
                        (results[mine[k]], done[mine[k]]) = (answers[k], true);
                    }
                }
                else
                {
                    results[i] = await writes[i].Write(batch);
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception)
        {
            _lane.Failed();
            throw;
        }

        _lane.Committed(batch);
        return results;
    }

    // Bulk and Item: the kind of a write that can be made with others of its kind, and its item.
    private sealed record Pending(Func<WriteBatch, Task<object?>> Write, TaskCompletionSource<object?> Committed,
        IBulkWrite? Bulk = null, object? Item = null);
}
