using System.Threading.RateLimiting;

namespace Media.Silo.Api.Monitoring;

/// <summary>
/// How often a supervisor may sweep by hand: a sweep wakes every account whose episodes change in the caller's
/// whole jurisdiction, so a province supervisor pressing the button in a loop would keep the silo busy. Admins are
/// not limited (they run catch-ups and tests); the scheduled sweep does not pass here. Per silo: in a cluster a
/// caller could reach a few times the limit by spreading calls, which still bounds the load.
/// </summary>
public sealed class ManualSweepLimiter : IDisposable
{
    /// <summary>Manual sweeps a supervisor may start per <see cref="Window"/>.</summary>
    public const int PerWindow = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerWindow,
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Null when <paramref name="user"/> may sweep now; otherwise how long to wait.</summary>
    public TimeSpan? Refuse(string user)
    {
        using var lease = _limiter.AttemptAcquire(user);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
    }

    public void Dispose() => _limiter.Dispose();
}
