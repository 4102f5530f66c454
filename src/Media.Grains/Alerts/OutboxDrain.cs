using Media.Domain.Alerts;

namespace Media.Grains.Alerts;

/// <summary>
/// The sending half of an outbox, the same for mails and webhook messages: take what is due, hand it over, mark each
/// item sent the moment the receiver took it, or failed with the doubling back-off of <see cref="RetryBackoff"/>.
/// </summary>
internal sealed class OutboxDrain<T>(
    Func<DateTimeOffset, int, Task<IReadOnlyList<T>>> due,
    Func<T, string> keyOf,
    Func<T, int> attemptsOf,
    Func<T, DateTimeOffset, Task> markSent,
    Func<T, DateTimeOffset, string, Task> markFailed)
{
    /// <summary>A failure: the item, its attempt number, how long it now waits, and why.</summary>
    public event Action<T, int, TimeSpan, string>? Failed;

    /// <summary>
    /// Sends what is due, <paramref name="batch"/> at a time through <paramref name="send"/>, for at most <paramref name="rounds"/>
    /// batches. An item that failed in this drain waits for its back-off; the guard stops a zero back-off from looping.
    /// </summary>
    public async Task<(int Sent, int Failed)> RunAsync(OutboxOptions options, TimeProvider clock, int batch, int rounds,
        Func<IReadOnlyList<T>, Func<T, Task>, Func<T, string, Task>, Task> send)
    {
        var sent = 0;
        var failed = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            var items = (await due(clock.GetUtcNow(), batch)).Where(i => tried.Add(keyOf(i))).ToList();
            if (items.Count == 0)
            {
                break;
            }

            await send(items,
                async item =>
                {
                    await markSent(item, clock.GetUtcNow());
                    Interlocked.Increment(ref sent);
                },
                async (item, error) =>
                {
                    var attempt = attemptsOf(item) + 1;
                    var wait = RetryBackoff.After(attempt, options.RetryFirst, options.RetryMax);
                    await markFailed(item, clock.GetUtcNow() + wait, error);
                    Interlocked.Increment(ref failed);
                    Failed?.Invoke(item, attempt, wait, error);
                });
        }

        return (sent, failed);
    }
}
