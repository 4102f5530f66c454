using Media.Domain.Time;

namespace Media.Domain.Monitoring;

/// <summary>
/// Which time-based episodes an account should have open at a check time. The sweep decides from an
/// index line which accounts to wake, and the account decides what to open or resolve, with this one
/// function, so the two can never disagree.
/// </summary>
public readonly record struct EpisodePlan(bool NoUpdate, bool Warning, bool LowFrequency)
{
    /// <param name="openedOn">Opening date (Beijing).</param>
    /// <param name="lastPostAt">Latest publication time, if any.</param>
    /// <param name="nthLastPostAt">Publication time of the N-th latest post (N = LowFrequencyPosts), if there
    /// are N: fewer than N posts in the window ⇔ the N-th latest is older than the window.</param>
    /// <param name="active">False for closed or cancelled accounts: they are not judged.</param>
    /// <param name="gap">True while Media cannot read the account: no verdicts then, so null (leave as is).</param>
    /// <param name="at">The check time.</param>
    /// <param name="options">Thresholds.</param>
    public static EpisodePlan? Decide(DateOnly openedOn, DateTimeOffset? lastPostAt, DateTimeOffset? nthLastPostAt,
        bool active, bool gap, DateTimeOffset at, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (gap)
        {
            return null;
        }

        if (!active)
        {
            return default(EpisodePlan);
        }

        var verdict = Silence.Judge(openedOn, lastPostAt, at, options);
        var window = TimeSpan.FromDays(options.LowFrequencyWindowDays);
        var oldEnough = at - BeijingTime.StartOfDay(openedOn) >= window;
        var rare = options.LowFrequencyPosts > 0 && (nthLastPostAt is not { } nth || at - nth >= window);
        return new EpisodePlan(
            verdict == SilenceVerdict.Veto,
            verdict == SilenceVerdict.Warning,
            verdict != SilenceVerdict.Veto && oldEnough && rare);
    }
}
