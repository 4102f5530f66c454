namespace Media.Storage.Performance;

/// <summary>
/// The audit chain's lane of one <see cref="StoreWriter"/> on PostgreSQL: which lane its chained rows go to and the
/// lane's head as its last committed transaction left it. Only this writer appends to the lane, one transaction at a
/// time, so the head needs neither a lock nor a read per transaction; after a failed commit (which may still have
/// committed) it is read back from the store.
/// </summary>
internal sealed class ChainLane
{
    /// <summary>The lane, once a transaction that opened it has committed; null before.</summary>
    public long? Id { get; private set; }

    /// <summary>The lane's head after the last committed transaction; null when it must be read from the store.</summary>
    public string? Head { get; private set; }

    internal void Committed(WriteBatch batch)
    {
        if (batch.ChainHead is { } head && batch.ChainLane is { } lane)
        {
            (Id, Head) = (lane, head);
        }
    }

    internal void Failed() => Head = null;
}
