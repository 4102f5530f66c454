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
    /// <param name="sight">Whether Media has seen the account and can see it now.</param>
    /// <param name="open">The episodes open now: a blind account keeps them while the silence behind them lasts.</param>
    /// <param name="at">The check time.</param>
    /// <param name="options">Thresholds.</param>
    public static EpisodePlan Decide(DateOnly openedOn, DateTimeOffset? lastPostAt, DateTimeOffset? nthLastPostAt,
        bool active, Sight sight, EpisodePlan open, DateTimeOffset at, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // An account nothing has observed has no silence Media could know of; this also resolves episodes opened
        // before observation counted.
        if (!active || sight == Sight.NotObserved)
        {
            return default;
        }

        var verdict = Silence.Judge(openedOn, lastPostAt, at, options);
        var window = TimeSpan.FromDays(options.LowFrequencyWindowDays);
        var oldEnough = at - BeijingTime.StartOfDay(openedOn) >= window;
        var rare = options.LowFrequencyPosts > 0 && (nthLastPostAt is not { } nth || at - nth >= window);
        if (sight == Sight.Blind)
        {
            // Blind: Media's failure to read is not the account's silence, so nothing opens; but a post pushed or read
            // meanwhile is still a post, and the episode it ends is resolved.
            return new EpisodePlan(
                open.NoUpdate && verdict == SilenceVerdict.Veto,
                open.Warning && verdict != SilenceVerdict.None,
                open.LowFrequency && oldEnough && rare);
        }

        return new EpisodePlan(
            verdict == SilenceVerdict.Veto,
            verdict == SilenceVerdict.Warning,
            verdict != SilenceVerdict.Veto && oldEnough && rare);
    }
}
