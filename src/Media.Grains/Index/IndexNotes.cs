using Media.Abstractions;
using Media.Abstractions.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Media.Grains.Index;

/// <summary>
/// Index lines that may wait (those changed only by new posts), gathered on this silo and sent to each region
/// index together: a burst of posts for a thousand accounts costs one index call per region instead of one per
/// account (what that bought is in docs/benchmarks.md). Waiting lines go within
/// <see cref="Delay"/>, or at once when someone needs them in the index (<see cref="SendAsync"/>, which the ingest
/// endpoints await before they answer). An index never receives an account's older line after a newer one: a line
/// sent directly (<see cref="BeforeUpsertAsync"/>) first drops the account's waiting line and waits for the sends
/// to its region under way.
/// </summary>
public sealed partial class IndexNotes(IGrainFactory grains, ILogger<IndexNotes> logger) : ILifecycleParticipant<ISiloLifecycle>, IIndexNotes
{
    /// <summary>The longest a noted line waits when nobody asks for it.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(50);

    // The silo's clock (Orleans' grain timers run on it too): the delay is a timer like theirs, so a test moves it.
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly Lock _lock = new();
    private Dictionary<string, Dictionary<string, IndexEntry>> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _sending = new(StringComparer.Ordinal);
    private bool _scheduled;

    /// <summary>Notes on <paramref name="clock"/>: the one the noted lines' <see cref="Delay"/> runs on.</summary>
    [ActivatorUtilitiesConstructor]
    public IndexNotes(IGrainFactory grains, ILogger<IndexNotes> logger, TimeProvider clock)
        : this(grains, logger)
    {
        _clock = clock;
    }

    /// <summary>Keeps the account's latest line for the next send to its region.</summary>
    public void Note(IndexEntry entry)
    {
        lock (_lock)
        {
            if (!_waiting.TryGetValue(entry.RegionCode, out var lines))
            {
                _waiting[entry.RegionCode] = lines = new(StringComparer.Ordinal);
            }

            lines[entry.AccountId] = entry;
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
        }

        // Task.Run: off the calling grain's scheduler, which the send must not depend on.
        _ = Task.Run(async () =>
        {
            await Task.Delay(Delay, _clock);
            await SendAsync();
        });
    }

    /// <summary>Sends every waiting line now and returns once those and the sends under way have reached their index.</summary>
    public Task SendAsync()
    {
        List<(string Region, List<IndexEntry> Lines, TaskCompletionSource Sent)> sends;
        Task[] underWay;
        lock (_lock)
        {
            var waiting = _waiting;
            _waiting = new(StringComparer.Ordinal);
            _scheduled = false;
            sends = [.. waiting.Select(r => (r.Key, r.Value.Values.ToList(), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)))];
            foreach (var (region, _, sent) in sends)
            {
                // After any earlier send to the region, so waiting on the latest covers them all.
                _sending[region] = _sending.TryGetValue(region, out var earlier) && !earlier.IsCompleted
                    ? Task.WhenAll(earlier, sent.Task)
                    : sent.Task;
            }

            underWay = [.. _sending.Values];
        }

        foreach (var (region, lines, sent) in sends)
        {
            _ = SendRegionAsync(region, lines, sent);
        }

        return Task.WhenAll(underWay);
    }

    /// <summary>
    /// Before the account's line goes to its index directly: the waiting line it replaces is dropped, and the
    /// returned task ends when the sends to the region under way have arrived.
    /// </summary>
    public Task BeforeUpsertAsync(IndexEntry entry)
    {
        lock (_lock)
        {
            if (_waiting.TryGetValue(entry.RegionCode, out var lines))
            {
                lines.Remove(entry.AccountId);
            }

            return _sending.TryGetValue(entry.RegionCode, out var sending) ? sending : Task.CompletedTask;
        }
    }

    // A failed send is logged and its lines dropped (never failed back to a caller): each account gives its line
    // again with its next change, and a retry could land after a newer line sent directly.
    private async Task SendRegionAsync(string region, List<IndexEntry> lines, TaskCompletionSource sent)
    {
        try
        {
            await grains.Ref<IRegionIndexGrain>(region).NoteAsync(lines);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            SendFailed(logger, region, lines.Count, e);
        }
        finally
        {
            lock (_lock)
            {
                sent.SetResult();
                if (_sending.TryGetValue(region, out var sending) && ReferenceEquals(sending, sent.Task))
                {
                    _sending.Remove(region);
                }
            }
        }
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        // Stopping runs the stages in reverse: the waiting lines go before the grains leave.
        lifecycle.Subscribe(nameof(IndexNotes), ServiceLifecycleStage.Active, _ => Task.CompletedTask, _ => SendAsync());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {Count} noted index lines to region {Region} failed; each account gives its line again with its next change")]
    private static partial void SendFailed(ILogger logger, string region, int count, Exception exception);
}
