namespace Media.Grains;

/// <summary>
/// Coalesces state writes in a reentrant grain. A caller that changed state gets a write that starts
/// after its change: a new one when none is running, else the one queued behind the running write,
/// which all later callers share. Grain turns are single-threaded, so no locking is needed, and at most
/// one write is in flight, as Orleans' storage requires.
/// </summary>
internal sealed class StateWriteBatcher
{
    private Task _current = Task.CompletedTask;
    private Task? _next;

    /// <summary>Completes when a write begun after this call has finished (or fails with it).</summary>
    /// <param name="write">Copies the state and writes it; the copy must be taken before its first await.</param>
    public Task WriteIncludingNowAsync(Func<Task> write)
    {
        if (_next is not null)
        {
            return _next;
        }

        if (_current.IsCompleted)
        {
            return _current = write();
        }

        return _next = WriteAfterAsync(_current, write);
    }

    private async Task WriteAfterAsync(Task previous, Func<Task> write)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // That write's callers see its failure; this one still goes ahead with the newer state.
        }

        _next = null;
        var task = write();
        _current = task;
        await task;
    }
}
