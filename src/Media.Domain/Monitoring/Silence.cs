using Media.Domain.Time;

namespace Media.Domain.Monitoring;

/// <summary>How silent an account is at a check time.</summary>
public enum SilenceVerdict
{
    /// <summary>Posted recently enough, or too new to judge.</summary>
    None = 0,

    /// <summary>Past the warning line, not yet the veto line.</summary>
    Warning = 1,

    /// <summary><c>no-update-2w</c>: no post in the 14 × 24 h before the check.</summary>
    Veto = 2,
}

/// <summary>The two-week rule (监测时间点前2周内无更新) and its early warning.</summary>
public static class Silence
{
    /// <summary>
    /// Judges an account at <paramref name="at"/>. Accounts opened less than the veto window before the
    /// check (counted from 00:00 Beijing on the opening date) are not judged. A post counts by its
    /// publication time; a post exactly 14 × 24 h old is outside the window.
    /// </summary>
    public static SilenceVerdict Judge(DateOnly openedOn, DateTimeOffset? lastPostAt, DateTimeOffset at, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var veto = TimeSpan.FromDays(options.NoUpdateDays);
        if (at - BeijingTime.StartOfDay(openedOn) < veto)
        {
            return SilenceVerdict.None;
        }

        if (lastPostAt is not { } last || at - last >= veto)
        {
            return SilenceVerdict.Veto;
        }

        return at - last >= TimeSpan.FromDays(options.WarningDays) ? SilenceVerdict.Warning : SilenceVerdict.None;
    }

    /// <summary>The instant from which an account counts as silent for the veto, for evidence.</summary>
    public static DateTimeOffset SilentSince(DateOnly openedOn, DateTimeOffset? lastPostAt) =>
        lastPostAt ?? BeijingTime.StartOfDay(openedOn);
}
