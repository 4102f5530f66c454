namespace Media.Probes.Http;

/// <summary>
/// Per-host politeness: each host gets at most one request per interval. Callers reserve the next free
/// slot under a lock and then wait outside it, so waiting for one slow host never delays another.
/// </summary>
internal sealed class HostGate(TimeSpan interval, TimeProvider time)
{
    // Bounded memory: slots in the past say nothing and are dropped once the table grows.
    private const int PruneAbove = 4096;

    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public async Task WaitTurnAsync(string host, CancellationToken ct)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var slot = _nextSlot.TryGetValue(host, out var next) && next > now ? next : now;
            _nextSlot[host] = slot + interval;
            wait = slot - now;
            if (_nextSlot.Count > PruneAbove)
            {
                Prune(now);
            }
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var stale in _nextSlot.Where(pair => pair.Value <= now).Select(pair => pair.Key).ToList())
        {
            _nextSlot.Remove(stale);
        }
    }
}
