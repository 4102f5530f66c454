namespace Media.Domain.Alerts;

/// <summary>
/// How long the outbox waits before trying a failed mail again: doubling from <c>first</c> and capped at
/// <c>max</c>, so a long SMTP outage costs one attempt per <c>max</c> and a short one is bridged quickly.
/// </summary>
public static class RetryBackoff
{
    public static TimeSpan After(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        if (first <= TimeSpan.Zero || max < first)
        {
            throw new ArgumentOutOfRangeException(nameof(first), "first must be positive and not above max");
        }

        // 2^20 × first already exceeds any sensible cap; stop doubling there so the arithmetic cannot overflow.
        var exponent = Math.Min(failedAttempts - 1, 20);
        var wait = first.Ticks * (1L << exponent);
        return wait >= max.Ticks ? max : TimeSpan.FromTicks(wait);
    }
}
