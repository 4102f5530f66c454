namespace Media.Grains.Accounts;

/// <summary>
/// The account grain's deferred state write, used after posts whose acknowledgement is already in the post log:
/// the state is written once for all the posts of the next <see cref="DeferredWriteDelay"/>, or when the grain
/// deactivates, whichever comes first. Losing it (a killed silo) loses nothing: activation replays the log.
/// </summary>
internal sealed partial class AccountGrain
{
    public static readonly TimeSpan DeferredWriteDelay = TimeSpan.FromSeconds(20);

    private IGrainTimer? _writeTimer;
    private bool _unsaved;
    private bool _writeDue;

    private void DeferWrite()
    {
        _unsaved = true;
        if (_writeDue)
        {
            return;
        }

        _writeTimer ??= this.RegisterGrainTimer(WriteDeferredAsync, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _writeTimer.Change(DeferredWriteDelay, Timeout.InfiniteTimeSpan);
        _writeDue = true;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        WriteIfUnsavedAsync(cancellationToken);

    private Task WriteDeferredAsync(CancellationToken cancellationToken)
    {
        _writeDue = false;
        return WriteIfUnsavedAsync(cancellationToken);
    }

    private async Task WriteIfUnsavedAsync(CancellationToken cancellationToken)
    {
        if (_unsaved)
        {
            await state.WriteStateAsync(cancellationToken);
            _unsaved = false;
        }
    }
}
