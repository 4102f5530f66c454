namespace Media.Storage.Performance;

/// <summary>
/// A kind of write whose writes that meet in one <see cref="StoreWriter"/> transaction are made together, by one
/// statement where the store allows it: on PostgreSQL every statement is a round trip, so N writes made one by one cost
/// N round trips in series. The writes of a kind must commute with every other write of a transaction (they are made
/// at the place of the kind's first write); made alone, a write is a call with one item.
/// </summary>
internal abstract class BulkWrite<TItem, TResult> : IBulkWrite
{
    /// <summary>Makes <paramref name="items"/> in <paramref name="batch"/>, answering one result per item in their order.</summary>
    /// <remarks>It may run twice for an item (alone, after its transaction failed).</remarks>
    public abstract Task<IReadOnlyList<TResult>> WriteAsync(WriteBatch batch, IReadOnlyList<TItem> items);

    async Task<object?[]> IBulkWrite.WriteAllAsync(WriteBatch batch, IReadOnlyList<object?> items)
    {
        var results = await WriteAsync(batch, [.. items.Cast<TItem>()]);
        return [.. results.Select(r => (object?)r)];
    }
}

/// <summary>What <see cref="StoreWriter"/> needs of a <see cref="BulkWrite{TItem, TResult}"/>, whatever its types.</summary>
internal interface IBulkWrite
{
    Task<object?[]> WriteAllAsync(WriteBatch batch, IReadOnlyList<object?> items);
}
